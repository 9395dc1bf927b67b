"""43162: union-find that counts the distinct values left in parent[] instead of the distinct roots find() gives."""


def solution(n, computers):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for i in range(n):
        for j in range(i + 1, n):
            if computers[i][j] == 1:
                parent[find(j)] = find(i)
    return len(set(parent))
