"""For each unit up to len(s) // 2, walk the pieces and add up lengths without building the string.

A run of c equal pieces costs the unit plus the digits of c (when c > 1); the
leftover piece costs its own length. Units over len(s) / 2 cannot repeat, so
they give len(s), which is the starting best (and the answer for len(s) = 1).

Time: O(n^2). Space: O(n).
"""


def solution(s):
    """The length of the shortest compressed form of s."""
    best = len(s)
    for unit in range(1, len(s) // 2 + 1):
        length, prev, count = 0, s[:unit], 1
        for i in range(unit, len(s), unit):
            piece = s[i:i + unit]
            if piece == prev:
                count += 1
            else:
                length += len(prev) + (len(str(count)) if count > 1 else 0)
                prev, count = piece, 1
        length += len(prev) + (len(str(count)) if count > 1 else 0)
        best = min(best, length)
    return best
