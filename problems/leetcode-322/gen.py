"""Inputs for Coin Change aimed at the mistakes members make.

- greedy: taking the largest coin that fits, again and again, is right for
  won or dollar coins but not in general ([1, 3, 4] and 6: greedy 4 + 1 + 1,
  best 3 + 3); it also misses answers that exist ([3, 5] and 9);
- the "impossible" sentinel returned as is: amount + 1 or infinity where the
  answer is -1 (every coin even, the amount odd);
- a coin larger than the amount read as dp[x - c] with a negative index: in
  Python that reads from the end of the table, or fails past it, instead of
  being skipped;
- a loop that stops at the first coin larger than x, as if coins came sorted:
  they come in any order;
- amount 0: no coins at all, so 0, even when no coin is that small.

Uniform coins up to 2^31 - 1 are almost all larger than any small amount: the
strategies draw small non-canonical coin systems, amounts built from the
smaller coins (so the greedy reaches for the largest one first), impossible
amounts, and huge coins mixed in out of order.
"""

from hypothesis import strategies as st

TOP = 2**31 - 1


@st.composite
def strategy_small(draw):
    """Up to 5 coins in [1, 12] in any order, amount up to 30 (0 included)."""
    coins = draw(st.lists(st.integers(1, 12), min_size=1, max_size=5))
    return {"coins": coins, "amount": draw(st.integers(0, 30))}


@st.composite
def strategy_greedy_trap(draw):
    """An amount made of the smaller coins only, so taking the largest coin first can go wrong."""
    coins = draw(st.lists(st.integers(1, 15), min_size=2, max_size=4, unique=True))
    smaller = sorted(coins)[:-1]
    parts = draw(st.lists(st.sampled_from(smaller), min_size=1, max_size=4))
    coins = draw(st.permutations(coins))
    return {"coins": list(coins), "amount": sum(parts)}


@st.composite
def strategy_impossible(draw):
    """Every coin a multiple of d >= 2; the amount is usually not, so the answer is -1."""
    d = draw(st.integers(2, 5))
    coins = draw(st.lists(st.integers(1, 6).map(lambda k: k * d), min_size=1, max_size=4))
    return {"coins": coins, "amount": draw(st.integers(1, 30))}


@st.composite
def strategy_big_coins(draw):
    """Coins far larger than the amount, up to 2^31 - 1, among small ones and in any order."""
    amount = draw(st.integers(0, 20))
    small = draw(st.lists(st.integers(1, 10), min_size=0, max_size=3))
    big = draw(st.lists(st.one_of(st.integers(amount + 2, 60), st.integers(amount + 2, TOP), st.just(TOP)),
                        min_size=1, max_size=3))
    coins = draw(st.permutations(small + big))
    return {"coins": list(coins), "amount": amount}


def worst_one_coin(n, rng):
    """Only the coin 1: every amount is reached, and a recursion goes n calls deep."""
    return {"coins": [1], "amount": n}


def worst_twelve_small(n, rng):
    """Twelve small coins: the table is filled with all twelve at every amount."""
    return {"coins": rng.sample(range(1, 40), 12), "amount": n}


def worst_impossible(n, rng):
    """Twelve even coins and an odd amount (or n itself when n is even): mostly -1, found only at the end."""
    return {"coins": [2 * rng.randint(1, 50) for _ in range(12)], "amount": n}


def worst_big_and_small(n, rng):
    """Coins 1 and 2 among ten coins larger than the amount, in random order."""
    coins = [1, 2] + [rng.randint(n + 2, TOP) for _ in range(10)]
    rng.shuffle(coins)
    return {"coins": coins, "amount": n}
