"""A knapsack over the scores: winning score k costs info + 1 arrows and gains k, or 2k if Apeach had it.

Go from 10 points down to 1, keeping for each number of arrows spent the best
(gain, arrows on the scores so far, read from the lowest up). The margin is the
gain minus everything Apeach scored. A plan that ends with arrows to spare puts
them on 0 points; the final comparison reads 0 points first, then 1, 2, ...

Time: O(10 * n). Space: O(n).
"""


def solution(n, info):
    """Best plan from a knapsack over arrows, with the tie-break carried along."""
    apeach = sum(10 - i for i in range(10) if info[i])
    best = {0: (0, ())}  # arrows spent -> (gain, arrows on the scores so far, lowest score first)
    for i in range(10):
        step = {}
        for spent, (gain, arrows) in best.items():
            options = [(spent, gain, (0,) + arrows)]
            if spent + info[i] + 1 <= n:
                won = (10 - i) * (2 if info[i] else 1)
                options.append((spent + info[i] + 1, gain + won, (info[i] + 1,) + arrows))
            for s, g, a in options:
                step[s] = max(step.get(s, (g, a)), (g, a))
        best = step
    margin, plan = max((gain - apeach, (n - spent,) + arrows) for spent, (gain, arrows) in best.items())
    return list(plan[::-1]) if margin > 0 else [-1]
