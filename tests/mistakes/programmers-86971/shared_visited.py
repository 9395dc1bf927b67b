"""86971: one visited list for all the cuts, never reset, so later searches stop at towers seen before."""


def solution(n, wires):
    graph = [[] for _ in range(n + 1)]
    for a, b in wires:
        graph[a].append(b)
        graph[b].append(a)
    visited = [False] * (n + 1)

    def dfs(tower, blocked):
        visited[tower] = True
        count = 1
        for nxt in graph[tower]:
            if nxt != blocked and not visited[nxt]:
                count += dfs(nxt, blocked)
        return count

    answer = n
    for a, b in wires:
        answer = min(answer, abs(n - 2 * dfs(a, b)))
    return answer
