"""43162: the search looks only at j > i (the upper triangle), so it never follows a link back to a smaller label."""


def solution(n, computers):
    visited = [False] * n

    def dfs(i):
        visited[i] = True
        for j in range(i + 1, n):
            if computers[i][j] == 1 and not visited[j]:
                dfs(j)

    answer = 0
    for i in range(n):
        if not visited[i]:
            dfs(i)
            answer += 1
    return answer
