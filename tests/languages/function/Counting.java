// Right: counting, as Programmers' Java stub declares it (long solution(int[] weights)).
import java.util.*;

class Solution {
    public long solution(int[] weights) {
        long[] count = new long[1001];
        for (int w : weights) count[w]++;
        long answer = 0;
        for (int w = 100; w <= 1000; w++) {
            long c = count[w];
            answer += c * (c - 1) / 2;
            if (w * 3 % 2 == 0 && w * 3 / 2 <= 1000) answer += c * count[w * 3 / 2];
            if (w * 2 <= 1000) answer += c * count[w * 2];
            if (w * 4 % 3 == 0 && w * 4 / 3 <= 1000) answer += c * count[w * 4 / 3];
        }
        return answer;
    }
}
