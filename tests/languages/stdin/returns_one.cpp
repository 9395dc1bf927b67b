// Hostile: exits with status 1 after printing the right answer; the judge calls that a runtime error.
#include <cstdio>
int main() {
    int n;
    long long total = 0, x;
    if (scanf("%d", &n) != 1) return 1;
    for (int i = 0; i < n; i++) { scanf("%lld", &x); total += x; }
    printf("%lld\n", total);
    return 1;
}
