"""60057: counts every repeat count as one character, so "10a" is taken to be two long."""


def solution(s):
    best = len(s)
    for unit in range(1, len(s) // 2 + 1):
        length, prev, count = 0, s[:unit], 1
        for i in range(unit, len(s), unit):
            piece = s[i:i + unit]
            if piece == prev:
                count += 1
            else:
                length += len(prev) + (1 if count > 1 else 0)
                prev, count = piece, 1
        length += len(prev) + (1 if count > 1 else 0)
        best = min(best, length)
    return best
