"""Cut s into pieces for each unit length and let itertools.groupby find the runs of equal pieces.

Each group costs its piece's length plus the digits of its size when over 1.

Time: O(n^2). Space: O(n).
"""

from itertools import groupby


def solution(s):
    """The length of the shortest compressed form of s."""
    best = len(s)
    for unit in range(1, len(s) // 2 + 1):
        pieces = (s[i:i + unit] for i in range(0, len(s), unit))
        length = 0
        for piece, run in groupby(pieces):
            count = sum(1 for _ in run)
            length += len(piece) + (len(str(count)) if count > 1 else 0)
        best = min(best, length)
    return best
