"""For each index i, go to i, then turn round and reach the letters past the run of A after i.

The best route turns back at most once. Going right to i and back round the
left end to the next non-A letter j costs 2i + (n - j); going left first and
then right to i costs 2(n - j) + i. Straight through costs n - 1.

Time: O(n^2) (the A-run scan from each i; O(n) with a precomputed next). Space: O(1).
"""


def solution(name):
    """Letter presses plus the cheapest of straight, right-then-back and left-then-back."""
    n = len(name)
    letters = sum(min(ord(c) - ord("A"), ord("Z") - ord(c) + 1) for c in name)
    move = n - 1
    for i in range(n):
        j = i + 1
        while j < n and name[j] == "A":
            j += 1
        move = min(move, 2 * i + n - j, i + 2 * (n - j))
    return letters + move
