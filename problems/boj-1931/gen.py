"""Meetings for 회의실 배정, written as Baekjoon's input text: N, then one "start end" line per meeting.

Small inputs use times from 0 to 10, so that meetings touch, share ends, and last
zero time. The mistakes members make, and the meetings that show them:

- sorting by end time only: with a stable sort, a zero-length meeting [t, t]
  listed before [s, t] is taken first and shuts the other out
  (``strategy_zero_length``);
- taking a meeting only when it starts strictly after the last one ends (``>``),
  although one may start the moment another ends (``strategy_small``,
  ``strategy_zero_length``);
- greedy by earliest start, instead of earliest end (``strategy_small``: a long
  meeting that starts first);
- greedy by shortest length (``strategy_crossing``: a short meeting across the
  moment where two longer ones meet).
"""

from hypothesis import strategies as st

TOP = 2**31 - 1


def text(meetings):
    """The input text: N, then each meeting's start and end."""
    return f"{len(meetings)}\n" + "".join(f"{s} {e}\n" for s, e in meetings)


@st.composite
def meeting(draw, high=10):
    start = draw(st.integers(0, high))
    return start, draw(st.integers(start, high))


def strategy_small():
    """1 to 12 meetings with times from 0 to 10."""
    return st.lists(meeting(), min_size=1, max_size=12).map(text)


@st.composite
def strategy_zero_length(draw):
    """Zero-length meetings among meetings that end or start at the same times, in any order."""
    times = draw(st.lists(st.integers(0, 6), min_size=1, max_size=4))
    meetings = [(t, t) for t in times]
    meetings += draw(st.lists(meeting(6), min_size=1, max_size=6))
    return text(draw(st.permutations(meetings)))


@st.composite
def strategy_crossing(draw):
    """Pairs of meetings that meet at a moment t, and a shorter one from t - 1 to t + 1 across it."""
    meetings, t = [], 0
    for _ in range(draw(st.integers(1, 3))):
        before, after = draw(st.integers(3, 5)), draw(st.integers(3, 5))
        t += before
        meetings += [(t - before, t), (t, t + after), (t - 1, t + 1)]
        t += after
    return text(draw(st.permutations(meetings)))


def worst_random(n, rng):
    """n meetings anywhere in 0 .. 2^31 - 1."""
    meetings = []
    for _ in range(n):
        a, b = rng.randint(0, TOP), rng.randint(0, TOP)
        meetings.append((min(a, b), max(a, b)))
    return text(meetings)


def worst_short(n, rng):
    """n short meetings (up to 1,000 long) across the whole range: many are taken."""
    meetings = []
    for _ in range(n):
        start = rng.randint(0, TOP - 1000)
        meetings.append((start, start + rng.randint(0, 1000)))
    return text(meetings)


def worst_all_zero_length(n, rng):
    """n meetings [t, t] at a handful of times, shuffled: every one of them is taken."""
    return text([(t, t) for t in (rng.randint(0, 10) for _ in range(n))])
