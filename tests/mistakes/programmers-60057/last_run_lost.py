"""60057: writes a run only when a different piece follows, so the final run is never written."""


def solution(s):
    best = len(s)
    for unit in range(1, len(s) // 2 + 1):
        out, prev, count = "", s[:unit], 1
        for i in range(unit, len(s), unit):
            piece = s[i:i + unit]
            if piece == prev:
                count += 1
            else:
                out += (str(count) if count > 1 else "") + prev
                prev, count = piece, 1
        best = min(best, len(out))
    return best
