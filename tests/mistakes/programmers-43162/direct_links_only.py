"""43162: marks a computer's direct neighbours but not their neighbours, so a chain seen from the wrong end splits."""


def solution(n, computers):
    seen = [False] * n
    answer = 0
    for i in range(n):
        if not seen[i]:
            answer += 1
            for j in range(n):
                if computers[i][j]:
                    seen[j] = True
    return answer
