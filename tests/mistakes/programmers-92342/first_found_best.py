"""Keeps the first plan with the best margin, ignoring the tie-break toward arrows on lower scores."""


def solution(n, info):
    best, best_margin = [-1], 0

    def shoot(i, left, ryan):
        nonlocal best, best_margin
        if i == 10:
            plan = ryan + [left]
            margin = sum(10 - k if plan[k] > info[k] else -(10 - k) if info[k] else 0 for k in range(11))
            if margin > best_margin:
                best, best_margin = plan, margin
            return
        if left > info[i]:
            shoot(i + 1, left - info[i] - 1, ryan + [info[i] + 1])
        shoot(i + 1, left, ryan + [0])

    shoot(0, n, [])
    return best
