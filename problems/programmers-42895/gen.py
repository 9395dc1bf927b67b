"""Input generators for N으로 표현 beyond what the constraints alone give.

Only about one number in ten up to 32,000 can be made with 8 copies of N or fewer,
so uniform draws are nearly all -1. The strategies draw numbers by their answer
instead, from every count 1..8 and from the unreachable ones. The mistakes
members make here:

- no concatenation: only N itself as an operand, never 55 or 555;
- half the splits: combining i copies with k - i copies only for i <= k / 2,
  so b - a and b // a are never tried when the left part is the smaller one;
- one copy at a time: growing each expression by a single N (a + N, N - a, ...),
  which never combines two compound parts such as (5 + 5) * (5 + 5);
- stopping at 7: a loop over range(1, 8) that never tries 8 copies;
- not stopping at 8: trying a ninth copy and returning 9 instead of -1;
- true division: a / b keeps the fraction, though the statement drops the remainder:
  strategy_remainder_matters draws the numbers whose answer it changes.

The statement does not say how a negative quotient rounds. Python's // (floor) and
truncation toward zero give different answers on 17 inputs (DIVISION_DEPENDENT in
checker.py); the checker accepts either there, and strategy_division_dependent
draws exactly those (computed here, listed there).
"""

import functools

from hypothesis import strategies as st

MAX_NUMBER = 32_000


def _sets(N, divide, most=8):
    """For k = 0..most, the set of values exactly k copies of N make, with the given division."""
    made = [set() for _ in range(most + 1)]
    for k in range(1, most + 1):
        made[k].add(int(str(N) * k))
        for i in range(1, k):
            for a in made[i]:
                for b in made[k - i]:
                    made[k].update((a + b, a - b, a * b))
                    if b:
                        made[k].add(divide(a, b))
    return made


def _truncate(a, b):
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


@functools.cache
def by_answer(N):
    """{answer: sorted numbers in 1..32000 with that answer}, answer in 1..8 or -1.

    Numbers whose answer depends on how a negative quotient rounds are under "either".
    """
    answers = []
    for divide in (lambda a, b: a // b, _truncate):
        first = {}
        for k, values in enumerate(_sets(N, divide)):
            for v in values:
                if 1 <= v <= MAX_NUMBER and v not in first:
                    first[v] = k
        answers.append(first)
    floor, trunc = answers
    groups = {}
    for number in range(1, MAX_NUMBER + 1):
        a, b = floor.get(number, -1), trunc.get(number, -1)
        groups.setdefault(a if a == b else "either", []).append(number)
    return groups


@st.composite
def _number_by_answer(draw, answers):
    """Any N, then an answer from answers, then a number in 1..32000 with that answer."""
    N = draw(st.integers(1, 9))
    answer = draw(st.sampled_from(answers))
    return {"N": N, "number": draw(st.sampled_from(by_answer(N)[answer]))}


def strategy_by_answer():
    """Every answer 1..8 and -1 equally often."""
    return _number_by_answer([1, 2, 3, 4, 5, 6, 7, 8, -1])


def strategy_high_counts():
    """Answers 7, 8 and -1 only: where the loop bounds and the missing combinations show."""
    return _number_by_answer([7, 8, -1])


@functools.cache
def dropped_remainder(N, most=5):
    """Numbers of 1..32000 whose fewest copies (at most ``most``) differ when a / b keeps its fraction.

    Small sets only (``most`` copies), so this stays quick: these are the inputs on which
    true division, which keeps 11 / 2 = 5.5, answers differently from //.
    """
    def fewest(divide):
        first = {}
        for k, values in enumerate(_sets(N, divide, most)):
            for v in values:
                if v == int(v) and 1 <= v <= MAX_NUMBER and int(v) not in first:
                    first[int(v)] = k
        return first

    floor, true = fewest(lambda a, b: a // b), fewest(lambda a, b: a / b)
    return sorted(n for n in set(floor) | set(true) if floor.get(n) != true.get(n))


def strategy_remainder_matters():
    """Numbers whose answer changes when division keeps the fraction: they catch a / b."""
    pairs = [(N, number) for N in range(1, 10) for number in dropped_remainder(N)[:200]]
    return st.sampled_from(pairs).map(lambda t: {"N": t[0], "number": t[1]})


def strategy_division_dependent():
    """The 17 inputs whose answer depends on how a negative quotient rounds."""
    pairs = [(N, number) for N in range(1, 10) for number in by_answer(N).get("either", [])]
    return st.sampled_from(pairs).map(lambda t: {"N": t[0], "number": t[1]})


def worst_unreachable(n, rng):
    """N = n and a number no 8 copies make: every set up to 8 copies is built."""
    return {"N": n, "number": rng.choice(by_answer(n)[-1])}


def worst_needs_eight(n, rng):
    """N = n and a number that needs exactly 8 copies: found only in the last, largest set."""
    return {"N": n, "number": rng.choice(by_answer(n)[8])}
