"""The cursor covers all of the ring but one gap between consecutive letters: try each gap.

Take the start (index 0) and every non-A letter in order. A route never needs
to cross the gap it skips, so skipping the gap between letters a < b leaves a
stretch of a steps to the right and n - b to the left; doing the shorter one
twice costs a + (n - b) + min(a, n - b).

Time: O(n). Space: O(n).
"""


def presses(letter):
    """Up/down presses from 'A' to letter."""
    up = ord(letter) - ord("A")
    return min(up, 26 - up)


def solution(name):
    """Letter presses plus the cheapest gap to leave uncrossed."""
    n = len(name)
    stops = [0] + [i for i in range(1, n) if name[i] != "A"] + [n]
    move = min(a + (n - b) + min(a, n - b) for a, b in zip(stops, stops[1:]))
    return sum(map(presses, name)) + move
