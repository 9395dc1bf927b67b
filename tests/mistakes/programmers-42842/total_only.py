"""42842: takes the first w by h with w * h == brown + yellow, never checking that the inside holds yellow cells."""


def solution(brown, yellow):
    total = brown + yellow
    for h in range(3, int(total ** 0.5) + 1):
        if total % h == 0:
            return [total // h, h]
    return []
