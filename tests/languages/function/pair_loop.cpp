// Slow: every pair, O(n^2). Right, and fast in C++ for small n, but 5 * 10^9 pairs at the
// maximum: TLE in any language.
#include <vector>
using namespace std;

long long solution(vector<int> weights) {
    long long answer = 0;
    int n = weights.size();
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++) {
            long long a = weights[i], b = weights[j];
            if (a == b || a * 2 == b * 3 || a * 2 == b * 4 || a * 3 == b * 2 || a * 3 == b * 4 || a * 4 == b * 2 ||
                a * 4 == b * 3)
                answer++;
        }
    return answer;
}
