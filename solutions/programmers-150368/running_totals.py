"""Choose the discounts one emoticon at a time, keeping every user's running total.

A depth-first search fixes the discount of emoticon i and adds its discounted
price to the running total of each user whose rate it meets, then undoes that on
the way back. At a complete assignment the totals are ready: one pass over the
users counts subscribers and sales.

Time: O(4^m * n) for n users and m emoticons (the work per level sums to a
geometric series). Space: O(n + m).
"""


def solution(users, emoticons):
    """The best [subscribers, sales], found by depth-first search over the discounts."""
    totals = [0] * len(users)
    best = [0, 0]

    def choose(i):
        """Try every discount for emoticon i, with emoticons 0..i-1 already fixed."""
        if i == len(emoticons):
            subscribers = sum(total >= limit for total, (_, limit) in zip(totals, users))
            sales = sum(total for total, (_, limit) in zip(totals, users) if total < limit)
            best[:] = max(best, [subscribers, sales])
            return
        for d in (10, 20, 30, 40):
            cost = emoticons[i] * (100 - d) // 100
            buyers = [k for k, (rate, _) in enumerate(users) if rate <= d]
            for k in buyers:
                totals[k] += cost
            choose(i + 1)
            for k in buyers:
                totals[k] -= cost

    choose(0)
    return best
