"""Group users by the smallest discount they accept; then each assignment costs O(m + log n).

A user with rate r buys exactly the emoticons discounted by at least ceil(r / 10) * 10,
so all users in one of the four groups spend the same total S. In a group sorted
by price, those with price <= S subscribe (one binary search) and the rest pay S each.

Time: O(n log n + 4^m * (m + log n)) for n users and m emoticons. Space: O(n).
"""

from bisect import bisect_right
from itertools import product


def solution(users, emoticons):
    """The best [subscribers, sales], four groups of users at a time."""
    groups = [sorted(limit for rate, limit in users if -(-rate // 10) == g) for g in range(1, 5)]
    best = (0, 0)
    for discounts in product((10, 20, 30, 40), repeat=len(emoticons)):
        subscribers = sales = 0
        spend = 0
        for g in range(4, 0, -1):  # group g buys everything discounted by 10 * g or more
            spend += sum(p * (100 - d) // 100 for p, d in zip(emoticons, discounts) if d == 10 * g)
            limits = groups[g - 1]
            joined = bisect_right(limits, spend)  # prices <= spend: these users subscribe
            subscribers += joined
            sales += spend * (len(limits) - joined)
        best = max(best, (subscribers, sales))
    return list(best)
