"""Input generators for 두 큐 합 같게 만들기 beyond what the constraints alone give.

The mistakes members make here:

- too small a bound on the moves: giving up after n moves, or after 2n, when the
  answer can be as large as 3n - 3 (queue1 ends as a single late item of queue2);
- the odd total not checked: aiming at total // 2, so queue1 = [1] and
  queue2 = [2] look balanced already (1 == 3 // 2), when no split exists;
- no wrap-around: two pointers over queue1 + queue2 that give up at the end of
  that list, when items moved to queue2 can come back to queue1;
- no bound at all: the loop never ends on an even total that never splits, such as
  [3, 3] and [3, 5] (an example); a TLE on the examples, not a wrong answer;
- list.pop(0) (or a sum() per move): O(n) per move. Right on small inputs, so the
  time limit at n = 300,000 catches it (list_pop_front.py), not the cross-check.

Uniform small queues rarely need more than n moves. Here one item weighs as much
as all the others together: queue1 must end as that item alone, or as everything
else. Placed late in queue2 it takes between 2n and 3n - 3 moves; placed behind
queue1's front, queue1's first items must go round through queue2 and come back.
Other draws have totals one off from even.
"""

from hypothesis import strategies as st


@st.composite
def strategy_one_heavy(draw):
    """One item as heavy as all the others: long answers, wrap-arounds, and a few near misses."""
    n = draw(st.integers(1, 7))
    ring = [draw(st.integers(1, 3)) for _ in range(2 * n)]
    at = draw(st.integers(0, 2 * n - 1))
    ring[at] = sum(ring) - ring[at] + draw(st.sampled_from((0, 0, 0, 1, 2)))  # 0: exactly half the total
    return {"queue1": ring[:n], "queue2": ring[n:]}


@st.composite
def strategy_heavy_far(draw):
    """The heavy item late in queue2 (answers between 2n and 3n - 3) or behind queue1's front (a trip round)."""
    n = draw(st.integers(4, 7))
    ring = [draw(st.integers(1, 3)) for _ in range(2 * n)]
    if draw(st.booleans()):
        at = n + draw(st.integers(n // 2, n - 2))  # back half of queue2: answers beyond 2n
    else:
        at = draw(st.integers(1, n - 1))  # inside queue1: its front must go round and come back
    ring[at] = sum(ring) - ring[at]
    return {"queue1": ring[:n], "queue2": ring[n:]}


@st.composite
def strategy_odd_total(draw):
    """Sums one apart: the total is odd, yet queue1 holds total // 2 or can reach it."""
    n = draw(st.integers(1, 6))
    q1 = [draw(st.integers(1, 5)) for _ in range(n)]
    q2 = [draw(st.integers(1, 5)) for _ in range(n)]
    gap = sum(q1) - sum(q2) - draw(st.sampled_from((1, -1)))  # make sum(q1) - sum(q2) = +-1
    if gap < 0:
        q1[-1] -= gap
    else:
        q2[-1] += gap
    return {"queue1": q1, "queue2": q2}


@st.composite
def strategy_small(draw):
    """Short queues of small values: many ways to balance, and many dead ends."""
    n = draw(st.integers(1, 6))
    values = st.integers(1, draw(st.sampled_from((2, 4, 10))))
    return {"queue1": draw(st.lists(values, min_size=n, max_size=n)),
            "queue2": draw(st.lists(values, min_size=n, max_size=n))}


def worst_impossible(n, rng):
    """Random values up to 10^9 with an even total: no split exists, so every move up to the bound is made."""
    q1 = [rng.randint(1, 10**9) for _ in range(n)]
    q2 = [rng.randint(1, 10**9) for _ in range(n)]
    if (sum(q1) + sum(q2)) % 2:
        q2[-1] += 1 if q2[-1] < 10**9 else -1
    return {"queue1": q1, "queue2": q2}


def worst_longest_answer(n, rng):
    """All ones but one item of 2n - 1, second to last in queue2: the answer is 3n - 3, the largest."""
    if n == 1:
        return {"queue1": [1], "queue2": [1]}
    return {"queue1": [1] * n, "queue2": [1] * (n - 2) + [2 * n - 1, 1]}

