"""Input generators for 모의고사 beyond what the constraints alone give.

The mistakes members make here:

- ties dropped: returning only the first student with the top score;
- patterns not repeated: ``zip(answers, pattern)`` stops at the pattern's end;
- one period for all: ``pattern[i % 5]`` for every student, though the patterns
  have lengths 5, 8 and 10.

Uniform answers longer than ten questions rarely tie, and answers shorter than
five cannot tell repeating from not repeating; these strategies make both happen.
"""

from hypothesis import strategies as st

PATTERNS = ([1, 2, 3, 4, 5], [2, 1, 2, 3, 2, 4, 2, 5], [3, 3, 1, 1, 2, 2, 4, 4, 5, 5])


def guesses(i):
    """The three students' guesses for question i (0-based)."""
    return {p[i % len(p)] for p in PATTERNS}


def strategy_short_ties():
    """A handful of questions: scores are small and ties are common."""
    return st.lists(st.integers(1, 5), min_size=1, max_size=6).map(lambda answers: {"answers": answers})


@st.composite
def strategy_follow_a_student(draw):
    """Answers that copy one student's pattern past its length, with some noise."""
    pattern = draw(st.sampled_from(PATTERNS))
    n = draw(st.integers(len(pattern) + 1, 45))
    noise = draw(st.lists(st.integers(1, 5) | st.none(), min_size=n, max_size=n))
    return {"answers": [pattern[i % len(pattern)] if x is None else x for i, x in enumerate(noise)]}


@st.composite
def strategy_few_hits(draw):
    """Answers that nobody guesses, except at a few questions: zero and near-zero scores tie."""
    n = draw(st.integers(1, 30))
    answers = []
    for i in range(n):
        missed = sorted(set(range(1, 6)) - guesses(i))
        if draw(st.integers(0, 9)) == 0:
            answers.append(draw(st.integers(1, 5)))
        else:
            answers.append(draw(st.sampled_from(missed)))
    return {"answers": answers}


def worst_random(n, rng):
    """Uniform answers."""
    return {"answers": [rng.randint(1, 5) for _ in range(n)]}


def worst_three_way_tie(n, rng):
    """Answers nobody guesses: every student scores 0 and all three are returned."""
    return {"answers": [rng.choice(sorted(set(range(1, 6)) - guesses(i))) for i in range(n)]}
