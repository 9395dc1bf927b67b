"""43105: reads the parent best[j - 1] also for j = 0, where Python's index -1 wraps to the row's last cell."""


def solution(triangle):
    best = triangle[0][:]
    for row in triangle[1:]:
        best = [value + max(best[j - 1], best[j] if j < len(best) else 0) for j, value in enumerate(row)]
    return max(best)
