"""60057: collects one length per unit from 1 to len(s) // 2 and returns their min(), which is empty for a one-letter string."""


def solution(s):
    lengths = []
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
        lengths.append(length)
    return min(lengths)
