// Hostile: writes through a null pointer.
#include <vector>
using namespace std;
long long solution(vector<int> weights) {
    int *p = nullptr;
    p[weights.size()] = 1;
    return *p;
}
