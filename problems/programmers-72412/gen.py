"""Input generators for 순위 검색.

The mistakes members make here:

- '-' handled as a literal word: the query key keeps "-", which no applicant
  wrote, so every query with a '-' counts nobody (or only exact matches);
- "at least X" read as "more than X": comparing score > X, so applicants
  scoring exactly X are left out;
- bisect_right instead of bisect_left on the sorted scores: the same off-by-one,
  counting only scores strictly above X;
- scores kept as strings: sorting and comparing "80" against "100" by
  characters, so scores of different lengths come out in the wrong order.

Too slow rather than wrong, and left to the runs at maximum size: scanning
every applicant for every query, 50,000 x 100,000 comparisons.

Uniform scores up to 100,000 almost never equal a query's X, and a random
query rarely lands where digit counts differ. These strategies draw scores
and X from a few values of 1 to 6 digits, equal to each other most of the
time, and put '-' in about half of the query places.
"""

from hypothesis import strategies as st

CHOICES = (("cpp", "java", "python"), ("backend", "frontend"), ("junior", "senior"), ("chicken", "pizza"))
SCORES = (1, 9, 10, 50, 80, 99, 100, 150, 210, 1000, 99_999, 100_000)


def applicant(fields, score):
    """One info line: four answers and a score."""
    return " ".join(fields) + f" {score}"


def question(words, x):
    """One query line: four words ('-' for any) joined by 'and', then X."""
    return " and ".join(words) + f" {x}"


@st.composite
def _tied(draw, scores, max_info, max_query, dash):
    """Applicants and queries over a few scores; each query place is '-' with probability about ``dash``."""
    fields = st.tuples(*(st.sampled_from(options) for options in CHOICES))
    info = [applicant(draw(fields), draw(st.sampled_from(scores))) for _ in range(draw(st.integers(1, max_info)))]
    query = []
    for _ in range(draw(st.integers(1, max_query))):
        words = [w if draw(st.floats(0, 1)) >= dash else "-" for w in draw(fields)]
        query.append(question(words, draw(st.sampled_from(scores))))
    return {"info": info, "query": query}


def strategy_tied_scores():
    """Up to 20 applicants and 8 queries, scores and X from the same dozen values: many scores equal X."""
    return _tied(SCORES, 20, 8, 0.5)


def strategy_mostly_dashes():
    """Queries that are nearly all '-': a literal '-' counts nobody, the right answer counts many."""
    return _tied((50, 80, 100, 150), 12, 6, 0.85)


def strategy_digit_counts():
    """Scores of one to six digits such as 9, 80, 100, 1000: order as strings differs from order as numbers."""
    return _tied((9, 80, 100, 1000, 100_000), 10, 6, 0.6)


def _random_line(rng):
    return applicant([rng.choice(options) for options in CHOICES], rng.randint(1, 100_000))


def worst_random(n, rng):
    """n queries, half of their places '-', against n / 2 applicants (50,000 at the maximum)."""
    info = [_random_line(rng) for _ in range(max(1, n // 2))]
    query = [question([rng.choice(options) if rng.random() < 0.5 else "-" for options in CHOICES],
                      rng.randint(1, 100_000)) for _ in range(n)]
    return {"info": info, "query": query}


def worst_all_dashes(n, rng):
    """Every query is '- and - and - and - X': each one names all 24 groups of applicants."""
    info = [_random_line(rng) for _ in range(max(1, n // 2))]
    return {"info": info, "query": [question(["-"] * 4, rng.randint(1, 100_000)) for _ in range(n)]}
