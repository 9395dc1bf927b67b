// Does not compile: a missing semicolon.
class Solution {
    public long solution(int[] weights) {
        long answer = 0
        return answer;
    }
}
