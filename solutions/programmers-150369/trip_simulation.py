"""Simulate the truck trip by trip, always driving to the farthest unfinished house.

Keep the farthest house that still wants a delivery and the farthest that still
has empties. Each trip goes to the farther of the two, hands out up to cap boxes
from there inward, and collects up to cap empties the same way.

Time: O(n + T) for T trips, at most n * 50 / cap. Space: O(n) for the copies.
"""


def solution(cap, n, deliveries, pickups):
    """Total distance of the simulated farthest-first trips."""
    want, empties = deliveries[:], pickups[:]  # copies: the caller's lists stay as given
    far_d = far_p = n - 1
    distance = 0
    while True:
        while far_d >= 0 and want[far_d] == 0:
            far_d -= 1
        while far_p >= 0 and empties[far_p] == 0:
            far_p -= 1
        if far_d < 0 and far_p < 0:
            return distance
        distance += 2 * (max(far_d, far_p) + 1)
        far_d = serve(want, far_d, cap)
        far_p = serve(empties, far_p, cap)


def serve(need, far, room):
    """Serve up to ``room`` boxes from house ``far`` inward; return the farthest house left."""
    while far >= 0:
        if need[far] > room:
            need[far] -= room
            return far
        room -= need[far]
        need[far] = 0
        far -= 1
    return far
