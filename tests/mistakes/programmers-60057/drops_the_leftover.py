"""60057: cuts only whole pieces, so the leftover shorter than the unit is never added."""


def solution(s):
    best = len(s)
    for unit in range(1, len(s) // 2 + 1):
        length, prev, count = 0, s[:unit], 1
        for i in range(unit, len(s) - unit + 1, unit):
            piece = s[i:i + unit]
            if piece == prev:
                count += 1
            else:
                length += len(prev) + (len(str(count)) if count > 1 else 0)
                prev, count = piece, 1
        length += len(prev) + (len(str(count)) if count > 1 else 0)
        best = min(best, length)
    return best
