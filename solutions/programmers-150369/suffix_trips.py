"""Count the trips that must cross each stretch of road, with one ceiling division each.

Every box for houses i..n goes out, and every empty there comes back, on trips
that pass house i. So at least ceil(max(D_i, P_i) / cap) trips cross the road
just before house i, where D_i and P_i are the suffix sums; the farthest-first
greedy meets every one of these bounds at once. Each crossing is there and back.

Time: O(n). Space: O(1).
"""


def solution(cap, n, deliveries, pickups):
    """Sum, over each unit stretch of road, twice the trips that must cross it."""
    total = suffix_d = suffix_p = 0
    for i in range(n - 1, -1, -1):
        suffix_d += deliveries[i]
        suffix_p += pickups[i]
        total += 2 * -(-max(suffix_d, suffix_p) // cap)  # ceil division in integers
    return total
