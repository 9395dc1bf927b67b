"""Schedules for 퇴사, written as Baekjoon's input text: "N", then N lines "T P", day 1 first.

The mistakes members make, and the schedules that show them:

- taking a consultation that runs past day N (``i + T <= N + 1`` checked one too
  loosely, or not at all): a well-paid long consultation near the end
  (``strategy_near_the_end``);
- the opposite off-by-one (``i + T < N + 1``, or ``<= N`` with days from 1): a
  consultation that ends exactly on day N is refused, the one-day consultation on
  the last day included (``strategy_near_the_end``);
- a forward table that adds a consultation's pay at its end day but never carries
  the best so far to the next day: a day with no consultation ending on it loses
  what came before (``strategy_small_schedules``).
"""

from hypothesis import strategies as st


def text(schedule):
    """The input text: "N", then one "T P" line per day."""
    return f"{len(schedule)}\n" + "".join(f"{t} {p}\n" for t, p in schedule)


@st.composite
def strategy_small_schedules(draw):
    """1 to 8 days, any lengths 1..5, pay small (ties) or up to 1000."""
    pay = draw(st.sampled_from((st.integers(1, 5), st.integers(1, 1000))))
    return text(draw(st.lists(st.tuples(st.integers(1, 5), pay), min_size=1, max_size=8)))


@st.composite
def strategy_near_the_end(draw):
    """Cheap early days, then a last stretch where the best pay ends exactly on day N, or one day after it."""
    n = draw(st.integers(1, 7))
    schedule = [(draw(st.integers(1, 3)), draw(st.integers(1, 10))) for _ in range(n)]
    day = draw(st.integers(1, n))          # 1-based day of the well-paid consultation
    over = draw(st.integers(0, 1))         # 0: ends on day N exactly; 1: runs one day past it
    length = n - day + 1 + over
    if length <= 5:
        schedule[day - 1] = (length, draw(st.integers(100, 1000)))
    return text(schedule)


def worst_one_day_each(n, rng):
    """Every consultation takes one day: every subset of days is a valid plan."""
    return text([(1, rng.randint(1, 1000)) for _ in range(n)])


def worst_random(n, rng):
    """Lengths and pay at random."""
    return text([(rng.randint(1, 5), rng.randint(1, 1000)) for _ in range(n)])
