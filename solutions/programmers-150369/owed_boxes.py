"""Walk in from the farthest house, counting boxes still owed; each trip settles cap.

Going from house n down to house 1, add each house's deliveries and pickups to
what is owed beyond this point. While anything is owed, the truck must come at
least this far: one trip to house i settles cap of each and costs 2i. Any
overshoot (negative debt) is spare room that serves nearer houses for free.

Time: O(n + T) for T trips, at most n * 50 / cap. Space: O(1).
"""


def solution(cap, n, deliveries, pickups):
    """Total distance when every trip goes as far as the farthest house still owed."""
    answer = owe_d = owe_p = 0
    for i in range(n - 1, -1, -1):
        owe_d += deliveries[i]
        owe_p += pickups[i]
        while owe_d > 0 or owe_p > 0:
            owe_d -= cap
            owe_p -= cap
            answer += 2 * (i + 1)
    return answer
