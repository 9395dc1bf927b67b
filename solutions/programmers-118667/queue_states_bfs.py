"""Breadth-first search over the actual contents of the two queues.

From any pair of queues one move pops the front of either queue onto the back of
the other. Searching level by level from the start, the first pair with equal
sums is reached in the fewest moves; if the search runs out of new pairs (there
are finitely many), no number of moves works. Nothing about the answer is assumed.

Time: O(S * n) for S reachable pairs, at most (2n)^2. Space: O(S * n).
"""

from collections import deque


def solution(queue1, queue2):
    """Fewest moves to equal sums, or -1, by searching every reachable pair of queues."""
    start = (tuple(queue1), tuple(queue2))
    seen = {start}
    frontier = deque([(start, 0)])
    while frontier:
        (q1, q2), moves = frontier.popleft()
        if sum(q1) == sum(q2):
            return moves
        for after in ((q1[1:], q2 + q1[:1]) if q1 else None,
                      (q1 + q2[:1], q2[1:]) if q2 else None):
            if after is not None and after not in seen:
                seen.add(after)
                frontier.append((after, moves + 1))
    return -1
