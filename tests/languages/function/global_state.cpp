// Right, with a global table that is filled and never cleared: correct only because each
// test case starts a fresh program, as on the platform.
#include <bits/stdc++.h>
using namespace std;

long long cnt[1001];

long long solution(vector<int> weights) {
    for (int w : weights) cnt[w]++;
    long long answer = 0;
    for (int w = 100; w <= 1000; w++) {
        answer += cnt[w] * (cnt[w] - 1) / 2;
        if (w % 2 == 0 && w / 2 * 3 <= 1000) answer += cnt[w] * cnt[w / 2 * 3];
        if (w * 2 <= 1000) answer += cnt[w] * cnt[w * 2];
        if (w % 3 == 0 && w / 3 * 4 <= 1000) answer += cnt[w] * cnt[w / 3 * 4];
    }
    return answer;
}

int main() {  // a local test the member left in: the judge never calls it
    cout << solution({100, 180, 360, 100, 270}) << endl;
}
