"""43105: keeps the answer in a variable updated only inside the loop over rows 1.., so a one-row triangle returns 0."""


def solution(triangle):
    answer = 0
    best = triangle[0][:]
    for i in range(1, len(triangle)):
        best = [triangle[i][j] + max(best[j - 1] if j > 0 else 0, best[j] if j < i else 0) for j in range(i + 1)]
        answer = max(best)
    return answer
