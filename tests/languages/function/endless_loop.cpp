// Hostile: never returns.
#include <vector>
using namespace std;
volatile long long spins;
long long solution(vector<int> weights) {
    while (true) spins++;
}
