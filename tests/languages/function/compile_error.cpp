// Does not compile: an undeclared name.
#include <vector>
using namespace std;
long long solution(vector<int> weights) {
    return undeclared_total;
}
