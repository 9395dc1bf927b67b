"""Input generators for 피로도 beyond what the constraints alone give.

The mistakes members make here:

- greedy by required fatigue: entering the most demanding dungeons first;
- greedy by need minus cost: the "smart" order, still wrong without backtracking;
- strictly greater: entering only when fatigue > need, though equal is enough;
- a visit not undone: a DFS that marks a dungeon visited and never unmarks it.

Uniform values up to 1000 with k up to 5000 usually let you explore everything or
almost nothing. These strategies keep k close to what the dungeons need, so
the order matters and fatigue often lands exactly on a requirement.
"""

from hypothesis import strategies as st


@st.composite
def strategy_tight(draw):
    """Small requirements and a k that covers some dungeons but not all."""
    n = draw(st.integers(1, 6))
    dungeons = []
    for _ in range(n):
        need = draw(st.integers(1, 20))
        dungeons.append([need, draw(st.integers(1, need))])
    total = sum(cost for _, cost in dungeons)
    k = draw(st.integers(1, max(1, total + 5)))
    return {"k": k, "dungeons": dungeons}


@st.composite
def strategy_exact(draw):
    """k runs down to exactly the next requirement: the >= boundary, with repeats."""
    n = draw(st.integers(1, 6))
    dungeons = []
    for _ in range(n):
        need = draw(st.sampled_from([4, 6, 10]))
        dungeons.append([need, draw(st.sampled_from([c for c in (2, 4, 6) if c <= need]))])
    k = draw(st.sampled_from([4, 6, 8, 10, 12, 14]))
    return {"k": k, "dungeons": dungeons}


@st.composite
def strategy_one_heavy(draw):
    """One dungeon that k just affords, costly and with the largest need - cost, plus cheap ones:
    entering it first, as any greedy order does, locks out the cheap ones."""
    k = draw(st.integers(6, 30))
    heavy_cost = draw(st.integers(k // 2 + 1, k - 1))
    margin = k - heavy_cost
    cheap = []
    for _ in range(draw(st.integers(2, 5))):
        cost = draw(st.integers(1, 3))
        cheap.append([cost + draw(st.integers(0, margin)), cost])
    dungeons = draw(st.permutations([[k, heavy_cost]] + cheap))
    return {"k": k, "dungeons": dungeons}


def worst_all_fit(n, rng):
    """Plenty of fatigue, tiny costs: every order explores every dungeon, the deepest search."""
    return {"k": 5000, "dungeons": [[rng.randint(1, 1000), 1] for _ in range(n)]}


def worst_tight(n, rng):
    """Random requirements with k near half their total cost: many orders, many dead ends."""
    dungeons = []
    for _ in range(n):
        need = rng.randint(1, 1000)
        dungeons.append([need, rng.randint(1, need)])
    k = max(1, min(5000, sum(cost for _, cost in dungeons) // 2))
    return {"k": k, "dungeons": dungeons}
