"""87946: the DFS marks a dungeon visited and never unmarks it, so later branches cannot use it."""


def solution(k, dungeons):
    visited = [False] * len(dungeons)
    best = 0

    def dfs(fatigue, count):
        nonlocal best
        best = max(best, count)
        for i, (need, cost) in enumerate(dungeons):
            if not visited[i] and fatigue >= need:
                visited[i] = True
                dfs(fatigue - cost, count + 1)

    dfs(k, 0)
    return best
