"""Input generators for 순위 beyond what the constraints alone give.

The mistakes members make here:

- direct results only: counting a boxer as placed when their own matches cover
  all n - 1 others, ignoring chains (a beat b and b beat c, so a beats c);
- the wrong loop order in Floyd-Warshall: the middle boxer k innermost
  (for i, for j, for k), so a chain of three or more results is not closed
  when the labels come in an unlucky order;
- one pass over the results that updates only the two boxers of each match
  (a gains b's wins, b gains a's losses), never the boxers who beat a;
- lists instead of sets when merging wins and losses: a boxer reached by two
  chains is counted twice, so the count of n - 1 is reached falsely or passed.

Random results are seldom consistent. Every input here comes from a hidden
ranking: results only ever have the better boxer first, so they never
contradict each other. The strategies draw random subsets of the pairs, chains
of neighbouring ranks under shuffled labels (where the loop order and the single
pass fail), and diamonds, where two chains reach the same boxer.
"""

from hypothesis import strategies as st

MAX_RESULTS = 4_500
SMALL = 7  # the oracle tries all n! orders


@st.composite
def _results(draw, n, pairs):
    """Pairs of ranks (better, worse) as [winner, loser] under a shuffled labelling, in random order."""
    label = draw(st.permutations(range(1, n + 1)))
    results = [[label[a], label[b]] for a, b in dict.fromkeys(pairs)]
    return {"n": n, "results": draw(st.permutations(results))}


@st.composite
def strategy_random_pairs(draw):
    """2..7 boxers, a random non-empty subset of the pairs, always better rank first."""
    n = draw(st.integers(2, SMALL))
    every = [(a, b) for a in range(n) for b in range(a + 1, n)]
    chosen = draw(st.lists(st.sampled_from(every), min_size=1, max_size=len(every), unique=True))
    return draw(_results(n, chosen))


@st.composite
def strategy_chain(draw):
    """Neighbouring ranks, mostly all of them, plus a few longer jumps: long chains to close."""
    n = draw(st.integers(3, SMALL))
    pairs = [(r, r + 1) for r in range(n - 1) if draw(st.integers(0, 5))]
    jumps = draw(st.lists(st.tuples(st.integers(0, n - 3), st.integers(2, n - 1)), max_size=2))
    pairs += [(a, a + d) for a, d in jumps if a + d < n]
    return draw(_results(n, pairs or [(0, 1)]))


@st.composite
def strategy_diamonds(draw):
    """A top boxer, a bottom boxer and two or more unordered boxers between: two chains per pair."""
    middle = draw(st.integers(2, SMALL - 2))
    n = middle + 2
    pairs = [(0, m) for m in range(1, middle + 1)] + [(m, n - 1) for m in range(1, middle + 1)]
    if draw(st.booleans()):  # order two of the middle boxers
        pairs.append((1, 2))
    return draw(_results(n, pairs))


def _shuffled(n, pairs, rng):
    """The pairs of ranks as results under a random labelling, in random order."""
    label = list(range(1, n + 1))
    rng.shuffle(label)
    results = [[label[a], label[b]] for a, b in pairs]
    rng.shuffle(results)
    return {"n": n, "results": results}


def worst_dense(n, rng):
    """4,500 of the 4,950 pairs of a hidden ranking (all of them when n is smaller): most ranks are known."""
    every = [(a, b) for a in range(n) for b in range(a + 1, n)]
    return _shuffled(n, rng.sample(every, min(MAX_RESULTS, len(every))), rng)


def worst_chain(n, rng):
    """Only neighbouring ranks: n - 1 results, every rank known through chains up to n - 1 long."""
    return _shuffled(n, [(r, r + 1) for r in range(n - 1)], rng)


def worst_tiers(n, rng):
    """Ten tiers, everyone beating every boxer of the tiers below: all 4,500 such results at n = 100, no rank known."""
    tier = [r * 10 // n for r in range(n)]
    return _shuffled(n, [(a, b) for a in range(n) for b in range(a + 1, n) if tier[a] < tier[b]], rng)
