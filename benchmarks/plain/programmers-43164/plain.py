"""Stack DFS (Hierholzer): follow the smallest unused ticket; an airport with none left goes onto the route.

The route is collected backwards, so it is reversed at the end.

Time: O(E log E) for sorting the destinations. Space: O(E).
Written plainly: a dict of lists sorted in reverse and popped, a list as the stack.
"""


def solution(tickets):
    graph = {}
    for a, b in tickets:
        if a not in graph:
            graph[a] = []
        graph[a].append(b)
    for a in graph:
        graph[a].sort(reverse=True)

    stack = ["ICN"]
    path = []
    while stack:
        top = stack[-1]
        if top not in graph or len(graph[top]) == 0:
            path.append(stack.pop())
        else:
            stack.append(graph[top].pop())
    return path[::-1]
