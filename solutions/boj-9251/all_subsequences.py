"""List every subsequence of the shorter string and keep the longest that is also in the other: the oracle.

Each choice of positions in the shorter string (a bit mask) gives a candidate; a
candidate counts when a left-to-right scan of the other string finds its letters
in order. Nothing is reused between candidates. Only for strings of a dozen letters.

Time: O(2^S * (S + L)) for lengths S <= L. Space: O(S + L).
"""
import sys

input = sys.stdin.readline


def is_subsequence(short, long):
    """True when the letters of ``short`` appear in ``long`` in order."""
    letters = iter(long)
    return all(letter in letters for letter in short)


first, second = input().strip(), input().strip()
short, long = sorted((first, second), key=len)
best = 0
for mask in range(1 << len(short)):
    candidate = "".join(short[i] for i in range(len(short)) if mask >> i & 1)
    if len(candidate) > best and is_subsequence(candidate, long):
        best = len(candidate)
print(best)
