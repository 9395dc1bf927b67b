"""def main() that fills a 150 MB table kept in a global: each run is a fresh interpreter."""
import sys

table = None


def main():
    global table
    n = int(sys.stdin.readline())
    table = [0] * (18 * 10**6)  # about 150 MB, as DP tables get
    table[0] = sum(map(int, sys.stdin.readline().split()))
    print(table[0])


main()
