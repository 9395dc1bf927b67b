"""Greedy from the farthest house: walk the houses from n down to 1, adding what each house
still owes in deliveries and pickups; while either is positive, make a round trip to this
house (2 * i) and take cap off both.

Time: O(n + T), T the number of trips (at most n * 50 / cap). Space: O(1) extra.
Written plainly: one for loop from the far end, two owed counters, a while loop that counts
trips one by one.
"""


def solution(cap, n, deliveries, pickups):
    answer = 0
    deliver = 0
    pickup = 0
    for i in range(n - 1, -1, -1):
        deliver += deliveries[i]
        pickup += pickups[i]
        while deliver > 0 or pickup > 0:
            deliver -= cap
            pickup -= cap
            answer += (i + 1) * 2
    return answer
