"""43105: fills the sums top-down correctly but returns the last cell of the base instead of the best one."""


def solution(triangle):
    best = [triangle[0][:]]
    for i in range(1, len(triangle)):
        row = triangle[i]
        prev = best[-1]
        best.append([row[j] + max(prev[j - 1] if j > 0 else 0, prev[j] if j < i else 0) for j in range(i + 1)])
    return best[-1][-1]
