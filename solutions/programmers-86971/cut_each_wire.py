"""Cut each wire in turn and count the towers still reachable from one of its ends.

Without the cut wire the tree falls into exactly two networks; a breadth-first
search from one end counts its side, and the other side has the rest. This is
the statement simulated as written.

Time: O(n^2). Space: O(n).
"""

from collections import deque


def side(n, wires, cut, start):
    """Number of towers reachable from ``start`` when wire ``cut`` is removed."""
    links = [[] for _ in range(n + 1)]
    for i, (a, b) in enumerate(wires):
        if i != cut:
            links[a].append(b)
            links[b].append(a)
    seen, queue = {start}, deque([start])
    while queue:
        for nxt in links[queue.popleft()]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return len(seen)


def solution(n, wires):
    """Smallest difference between the two networks over every wire cut."""
    return min(abs(n - 2 * side(n, wires, i, a)) for i, (a, _) in enumerate(wires))
