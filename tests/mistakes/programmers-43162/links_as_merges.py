"""43162: takes every link as a merge of two networks (n minus the links), which overcounts merges inside a cycle."""


def solution(n, computers):
    links = sum(computers[i][j] for i in range(n) for j in range(i + 1, n))
    return max(1, n - links)
