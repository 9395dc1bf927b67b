"""Backtracking over the numbers still left, passing the prefix down as a string; all lines written at once.

Each level tries the remaining numbers in increasing order, so the lines come
out in lexicographic order; a full sequence goes into a list, joined and
written with one sys.stdout.write.

Time: O(N! / (N - M)! * M). Space: O(N! / (N - M)! * M) for the output.
"""
import sys


def main():
    n, m = map(int, sys.stdin.readline().split())
    out = []

    def extend(prefix, left, depth):
        if depth == m:
            out.append(prefix)
            return
        for i, x in enumerate(left):
            extend(f"{prefix} {x}" if prefix else str(x), left[:i] + left[i + 1:], depth + 1)

    extend("", list(range(1, n + 1)), 0)
    sys.stdout.write("\n".join(out) + "\n")


main()
