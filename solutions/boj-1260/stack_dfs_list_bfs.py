"""An explicit stack for the depth-first search, a list with a moving head for the breadth-first one.

Neighbour sets remove repeated edges; each is sorted once. The stack gets the
neighbours largest first, so the smallest is popped first, and a vertex is marked
only when it is popped and visited (marking on push would give another order).
Written out once with sys.stdout.write.

Time: O(N + M log M). Space: O(N + M).
"""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m, v = int(data[0]), int(data[1]), int(data[2])
    neighbours = [set() for _ in range(n + 1)]
    for i in range(3, 3 + 2 * m, 2):
        a, b = int(data[i]), int(data[i + 1])
        neighbours[a].add(b)
        neighbours[b].add(a)
    graph = [sorted(s) for s in neighbours]

    visited = [False] * (n + 1)
    depth_first = []
    stack = [v]
    while stack:
        here = stack.pop()
        if visited[here]:
            continue
        visited[here] = True
        depth_first.append(here)
        stack.extend(reversed(graph[here]))

    visited = [False] * (n + 1)
    visited[v] = True
    breadth_first = [v]
    head = 0
    while head < len(breadth_first):
        here = breadth_first[head]
        head += 1
        for there in graph[here]:
            if not visited[there]:
                visited[there] = True
                breadth_first.append(there)

    sys.stdout.write(" ".join(map(str, depth_first)) + "\n" + " ".join(map(str, breadth_first)) + "\n")


main()
