"""60057: tries only units that divide len(s), as if a leftover piece were not allowed."""


def solution(s):
    best = len(s)
    for unit in range(1, len(s) // 2 + 1):
        if len(s) % unit:
            continue
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
