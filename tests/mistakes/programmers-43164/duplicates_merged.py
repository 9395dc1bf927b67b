"""43164: tracks used tickets by value ([a, b] in a list of used ones), so two identical tickets count as one."""


def solution(tickets):
    tickets = sorted(tickets)
    used = []
    answer = []

    def dfs(here, route):
        if len(route) == len(tickets) + 1:
            answer.append(route)
            return True
        for ticket in tickets:
            if ticket[0] == here and ticket not in used:
                used.append(ticket)
                if dfs(ticket[1], route + [ticket[1]]):
                    return True
                used.remove(ticket)
        return False

    dfs("ICN", ["ICN"])
    return answer[0] if answer else []
