// Subtly wrong: the count of equal pairs is computed in int, which overflows only when one
// weight repeats about 46,000 times or more: right on every small input, WA at the maximum.
class Solution {
    public long solution(int[] weights) {
        int[] count = new int[1001];
        for (int w : weights) count[w]++;
        long answer = 0;
        for (int w = 100; w <= 1000; w++) {
            int c = count[w];
            answer += c * (c - 1) / 2;
            if (w * 3 % 2 == 0 && w * 3 / 2 <= 1000) answer += (long) c * count[w * 3 / 2];
            if (w * 2 <= 1000) answer += (long) c * count[w * 2];
            if (w * 4 % 3 == 0 && w * 4 / 3 <= 1000) answer += (long) c * count[w * 4 / 3];
        }
        return answer;
    }
}
