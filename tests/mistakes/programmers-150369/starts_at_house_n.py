"""150369: charges the first trip to house n even when the trailing houses are empty (and one trip when all are)."""


def solution(cap, n, deliveries, pickups):
    want, empties = deliveries[:], pickups[:]
    far_d = far_p = n - 1
    distance = 0
    while far_d >= 0 or far_p >= 0:
        distance += 2 * (max(far_d, far_p) + 1)  # the pointers may still rest on empty houses
        far_d = serve(want, far_d, cap)
        far_p = serve(empties, far_p, cap)
    return distance


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
