"""43164: backtracking that marks airports as visited instead of tickets as used, so no airport can be landed at twice."""


def solution(tickets):
    tickets = sorted(tickets)
    visited = {"ICN"}
    route = ["ICN"]

    def dfs(here):
        if len(route) == len(tickets) + 1:
            return True
        for a, b in tickets:
            if a == here and b not in visited:
                visited.add(b)
                route.append(b)
                if dfs(b):
                    return True
                visited.discard(b)
                route.pop()
        return False

    dfs("ICN")
    return route
