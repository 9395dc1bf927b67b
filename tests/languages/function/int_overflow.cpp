// Subtly wrong: the answer is an int, as in a first draft; right until the count passes 2^31,
// which only the maximum input reaches (all 100,000 weights equal).
#include <vector>
using namespace std;

long long solution(vector<int> weights) {
    vector<int> count(1001, 0);
    for (int w : weights) count[w]++;
    int answer = 0;
    for (int w = 100; w <= 1000; w++) {
        long long c = count[w];
        answer += c * (c - 1) / 2;
        if (w * 3 % 2 == 0 && w * 3 / 2 <= 1000) answer += c * count[w * 3 / 2];
        if (w * 2 <= 1000) answer += c * count[w * 2];
        if (w * 4 % 3 == 0 && w * 4 / 3 <= 1000) answer += c * count[w * 4 / 3];
    }
    return answer;
}
