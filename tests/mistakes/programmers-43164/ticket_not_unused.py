"""43164: backtracking that forgets to un-use the ticket after a dead end, so the route found next is missing it."""


def solution(tickets):
    tickets = sorted(tickets)
    used = [False] * len(tickets)
    route = ["ICN"]

    def dfs(here):
        if len(route) == len(tickets) + 1:
            return True
        for i, (a, b) in enumerate(tickets):
            if a == here and not used[i]:
                used[i] = True
                route.append(b)
                if dfs(b):
                    return True
                route.pop()
        return False

    dfs("ICN")
    return route
