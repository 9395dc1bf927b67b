"""From each boxer, search the graph of wins and the graph of losses; count those who reach everyone.

Time: O(n * (n + len(results))). Space: O(n + len(results)).
"""


def reach(links, start):
    """Boxers reachable from start along links, start excluded."""
    seen, stack = {start}, [start]
    while stack:
        for nxt in links[stack.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return len(seen) - 1


def solution(n, results):
    """How many boxers are known to beat or lose to all n - 1 others."""
    beat = [[] for _ in range(n + 1)]
    lost = [[] for _ in range(n + 1)]
    for a, b in results:
        beat[a].append(b)
        lost[b].append(a)
    return sum(1 for x in range(1, n + 1) if reach(beat, x) + reach(lost, x) == n - 1)
