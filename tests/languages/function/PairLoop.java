// Slow: every pair, O(n^2): TLE at the maximum.
class Solution {
    public long solution(int[] weights) {
        long answer = 0;
        for (int i = 0; i < weights.length; i++)
            for (int j = i + 1; j < weights.length; j++) {
                long a = weights[i], b = weights[j];
                if (a == b || a * 2 == b * 3 || a * 2 == b * 4 || a * 3 == b * 2 || a * 3 == b * 4
                        || a * 4 == b * 2 || a * 4 == b * 3) answer++;
            }
        return answer;
    }
}
