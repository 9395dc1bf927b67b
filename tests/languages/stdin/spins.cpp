// Hostile: reads the input, then never ends.
#include <cstdio>
volatile long spins;
int main() {
    for (;;) spins++;
}
