"""Breadth-first search over every cursor position and set of letters still to set.

Each letter costs its up/down presses wherever the cursor visits it, so only the
left/right presses need a search: a state is (cursor, letters not yet reached),
a press moves the cursor one step round the name (both ends wrap), and the
first state with nothing left gives the fewest presses. No route is assumed,
so it judges the turn-back formulas.

Time: O(n * S) for S reachable states (at most n^3 here). Space: O(S).
"""

from collections import deque


def presses(letter):
    """Up/down presses from 'A' to letter: up the alphabet or down through 'Z'."""
    up = ord(letter) - ord("A")
    return min(up, 26 - up)


def solution(name):
    """Letter presses plus the shortest cursor route that reaches every non-A letter."""
    n = len(name)
    start = (0, frozenset(i for i in range(1, n) if name[i] != "A"))
    dist = {start: 0}
    queue = deque([start])
    while queue:
        pos, left = queue.popleft()
        if not left:
            return sum(map(presses, name)) + dist[(pos, left)]
        for step in (1, -1):
            nxt = (pos + step) % n
            state = (nxt, left - {nxt})
            if state not in dist:
                dist[state] = dist[(pos, left)] + 1
                queue.append(state)
