"""Input generators for 양궁대회 beyond what the constraints alone give.

The mistakes members make here:

- the first best plan found: ignoring the rule that among plans with the same
  margin, the one with more arrows on the lowest score wins (then the next lowest);
- the tie-break read from the top: comparing the arrows on 10 points first;
- a tie counted as a win: a plan with margin 0 returned instead of [-1];
- leftover arrows dropped: a plan with fewer than n arrows, when the spare ones
  belong on 0 points;
- equal arrows win: taking a score with as many arrows as Apeach, when a tie
  on a score goes to Apeach (Ryan needs one more).

Ryan fails to win on only two inputs with n <= 7 (checked exhaustively): n = 1
with Apeach's arrow on 10, and n = 3 with Apeach on 10, 9 and 8, where Ryan's
best is a tie. strategy_hopeless draws those. The others put Apeach's arrows in piles, so that
several plans share the best margin (strategy_two_piles) or Ryan has arrows to
spare (strategy_spare_arrows); both are rare in uniform draws.
"""

from hypothesis import strategies as st

HOPELESS = ((1, [1] + [0] * 10), (3, [1, 1, 1] + [0] * 8))


def strategy_hopeless():
    """The inputs where Ryan cannot win: one loss, and one tie at best."""
    return st.sampled_from(HOPELESS).map(lambda case: {"n": case[0], "info": list(case[1])})


@st.composite
def _arrows(draw, targets):
    n = draw(st.integers(1, 8))  # the oracle tries C(n + 10, 10) plans: 43,758 at n = 8
    info = [0] * 11
    for _ in range(n):
        info[draw(targets)] += 1
    return {"n": n, "info": info}


def strategy_anywhere():
    """Each of Apeach's arrows on any score."""
    return _arrows(st.integers(0, 10))


@st.composite
def strategy_few_scores(draw):
    """Apeach's arrows bunched on one to three scores: cheap scores to take, arrows to spare, equal margins."""
    scores = draw(st.lists(st.integers(0, 10), min_size=1, max_size=3, unique=True))
    return draw(_arrows(st.sampled_from(scores)))


@st.composite
def strategy_two_piles(draw):
    """Two or three arrows on 10 or 9 points and two in the middle: taking the top pile often ties with free scores.

    Equal best margins are rare in uniform draws (2 to 4 in 100); here about 10 in 100.
    """
    n = draw(st.integers(4, 7))
    info = [0] * 11
    info[draw(st.integers(0, 1))] += draw(st.sampled_from((2, 3) if n > 4 else (2,)))  # 10 or 9 points
    info[draw(st.integers(2, 6))] += 2  # a pile in the middle
    for _ in range(n - sum(info)):
        info[draw(st.integers(0, 10))] += 1
    return {"n": n, "info": info}


@st.composite
def strategy_spare_arrows(draw):
    """n = 8, Apeach's arrows in piles on three of the scores 4 to 1.

    Ryan mostly takes the seven free scores and has an arrow left for 0 points. Spare
    arrows are rare: no answer has one below n = 7, and only 12 of the 19,448 inputs at n = 7.
    """
    scores = draw(st.lists(st.integers(6, 9), min_size=3, max_size=3, unique=True))  # three of 4, 3, 2, 1 points
    info = [0] * 11
    for score in scores:  # two arrows or more on each: each costs Ryan three or more
        info[score] += 2
    info[draw(st.sampled_from(scores))] += 1
    info[draw(st.sampled_from(scores))] += 1
    return {"n": 8, "info": info}


def worst_one_arrow_each(n, rng):
    """One of Apeach's arrows on each of the n highest scores."""
    return {"n": n, "info": [1] * n + [0] * (11 - n)}


def worst_random(n, rng):
    """Apeach's n arrows on random scores."""
    info = [0] * 11
    for _ in range(n):
        info[rng.randint(0, 10)] += 1
    return {"n": n, "info": info}
