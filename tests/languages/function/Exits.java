// Hostile: ends the JVM with a failure status.
class Solution {
    public long solution(int[] weights) {
        System.exit(1);
        return 0;
    }
}
