"""Search every plan of trips, cheapest first (Dijkstra over what is left to do).

A trip carries at most cap new boxes out and at most cap empties back, and costs
twice the distance to the farthest house it serves. Any such choice is feasible:
drop the boxes on the way out, collect the empties on the way back. The state is
what remains to deliver and to pick up; from each state every trip is tried.
It assumes nothing about which trips are best, so it can judge the greedy ones.
Exponential: for tiny inputs only.

Time: O(S * L^2) for S = prod(d_i + 1) * prod(p_i + 1) states and L loads per side.
Space: O(S).
"""

import heapq
from itertools import product


def solution(cap, n, deliveries, pickups):
    """Length of the cheapest plan that empties both lists."""
    start = (tuple(deliveries), tuple(pickups))
    best = {start: 0}
    frontier = [(0, start)]
    while frontier:
        distance, (left_d, left_p) = heapq.heappop(frontier)
        if distance > best[left_d, left_p]:
            continue
        if not any(left_d) and not any(left_p):
            return distance
        for out in loads(left_d, cap):
            for back in loads(left_p, cap):
                served = [i for i in range(n) if out[i] or back[i]]
                if not served:
                    continue
                state = (minus(left_d, out), minus(left_p, back))
                cost = distance + 2 * (served[-1] + 1)
                if cost < best.get(state, cost + 1):
                    best[state] = cost
                    heapq.heappush(frontier, (cost, state))
    return 0


def loads(left, cap):
    """Every way to take at most cap boxes in total from the houses."""
    return [take for take in product(*(range(min(x, cap) + 1) for x in left)) if sum(take) <= cap]


def minus(left, take):
    """What is left at each house after a trip takes ``take``."""
    return tuple(x - t for x, t in zip(left, take))
