// Subtly wrong: the map is looked up at the key w * 2 / 3 without checking that 3 divides w,
// so 151 finds 100 (151 * 2 / 3 == 100 in integers). Every official and edge example passes;
// the cross-check finds and shrinks a counterexample.
#include <bits/stdc++.h>
using namespace std;

long long solution(vector<int> weights) {
    map<int, long long> count;
    for (int w : weights) count[w]++;
    long long answer = 0;
    for (auto [w, c] : count) {
        answer += c * (c - 1) / 2;
        if (w % 2 == 0 && count.count(w / 2)) answer += c * count[w / 2];
        if (count.count(w * 2 / 3)) answer += c * count[w * 2 / 3];
        if (w % 4 == 0 && count.count(w * 3 / 4)) answer += c * count[w * 3 / 4];
    }
    return answer;
}
