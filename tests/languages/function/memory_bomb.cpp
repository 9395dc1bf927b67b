// Hostile: allocates without bound.
#include <vector>
using namespace std;
long long solution(vector<int> weights) {
    vector<vector<long long>> hoard;
    while (true) hoard.emplace_back(1 << 20, 7);
}
