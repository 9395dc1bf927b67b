// Hostile: never returns.
class Solution {
    static volatile long spins;
    public long solution(int[] weights) {
        while (true) spins++;
    }
}
