"""Coins and amounts for 동전 0, written as Baekjoon's input text: "N K", then the N coins ascending.

Every coin set starts at 1 and each coin is a multiple (2x to 10x) of the one
before, as the problem promises. Small amounts keep the oracle (a DP over every
amount up to K) fast. The mistakes members make, and what shows them:

- going through the coins smallest first, as they are given: any K at least the
  second coin (``strategy_small``, ``strategy_money``);
- adding K // coin for every coin without going on with the remainder
  (``strategy_small``);
- going largest first but stopping (``break``) at the first coin larger than the
  amount left, instead of skipping it: K below the top coin, or a remainder below
  the next coin (``strategy_below_top``).

Repeated subtraction (``while K >= coin``) is right but slow; the worst cases, at
K = 10^8 with a single coin of 1, are there for it.
"""

from hypothesis import strategies as st

MONEY = [1, 5, 10, 50, 100, 500, 1000, 5000, 10000, 50000]


def text(k, coins):
    """The input text: "N K", then one coin per line."""
    return f"{len(coins)} {k}\n" + "".join(f"{c}\n" for c in coins)


@st.composite
def coin_set(draw, max_size=10):
    """1, then each coin 2 to 10 times the one before, kept at most 1,000,000."""
    coins = [1]
    for factor in draw(st.lists(st.integers(2, 10), max_size=max_size - 1)):
        if coins[-1] * factor > 1_000_000:
            break
        coins.append(coins[-1] * factor)
    return coins


@st.composite
def strategy_small(draw):
    """Up to 10 coins, any amount from 1 to 2,000."""
    return text(draw(st.integers(1, 2000)), draw(coin_set()))


@st.composite
def strategy_money(draw):
    """Won coins and notes, 1, 5, 10, 50, ...: the first few of them and an amount up to 5,000."""
    coins = MONEY[: draw(st.integers(1, len(MONEY)))]
    return text(draw(st.integers(1, 5000)), coins)


@st.composite
def strategy_below_top(draw):
    """An amount smaller than the largest coin, so that coin must be skipped, not stopped at."""
    coins = draw(coin_set().filter(lambda c: len(c) >= 2))
    return text(draw(st.integers(1, min(coins[-1] - 1, 2000))), coins)


def worst_single_coin(k, rng):
    """One coin, of 1: the answer is K itself, K coins for repeated subtraction."""
    return text(k, [1])


def worst_money(k, rng):
    """The ten won values, 1 to 50,000: the greedy's usual case."""
    return text(k, MONEY)


def worst_doubling(k, rng):
    """1, 2, 4, ..., 512: ten coins with the smallest top coin ten distinct ones allow."""
    return text(k, [1 << i for i in range(10)])
