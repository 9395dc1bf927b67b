"""42861: grows from island 0 but only along bridges out of the island added last, as if the bridges had to form one route."""


def solution(n, costs):
    joined = {0}
    here, total = 0, 0
    while len(joined) < n:
        options = [(c, b if a == here else a) for a, b, c in costs
                   if here in (a, b) and (b if a == here else a) not in joined]
        if not options:  # dead end: fall back to the cheapest bridge out of the group
            options = [(c, b if a in joined else a) for a, b, c in costs
                       if (a in joined) != (b in joined)]
        cost, here = min(options)
        joined.add(here)
        total += cost
    return total
