"""Compress with every unit length from 1 to len(s), building each compressed string in full; keep the shortest.

Cut s from the front into pieces of the unit length (the last may be shorter),
write each run of equal pieces as its count (when over 1) followed by the piece,
and measure what was written. Every unit is tried, even those over len(s) / 2,
and the strings are really built, so it is the oracle.

Time: O(n^2). Space: O(n).
"""


def compress(s, unit):
    """s compressed with pieces of ``unit`` characters, as a string."""
    pieces = [s[i:i + unit] for i in range(0, len(s), unit)]
    out, i = [], 0
    while i < len(pieces):
        j = i
        while j < len(pieces) and pieces[j] == pieces[i]:
            j += 1
        out.append((str(j - i) if j - i > 1 else "") + pieces[i])
        i = j
    return "".join(out)


def solution(s):
    """The length of the shortest compressed form of s."""
    return min(len(compress(s, unit)) for unit in range(1, len(s) + 1))
