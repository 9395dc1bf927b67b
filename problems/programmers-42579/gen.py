"""Input generators for 베스트앨범 beyond what the constraints alone give.

Derived inputs rarely hold equal plays within a genre, a lone song, or a genre
whose best song beats a genre with more plays in total; every input here does
some of that, and keeps the genres' totals all different, as the platform
promises. The mistakes members make, and what shows them:

- sorting (plays, number) in reverse, so equal plays put the higher number first:
  two songs of one genre with equal plays;
- always taking two songs per genre (songs[1] of a genre with one song);
- ranking genres by their most played song instead of their total plays: a genre
  with one big hit and a genre with many songs and more plays in all;
- taking every song of a genre instead of at most two: a genre with three songs.
"""

from string import ascii_lowercase

from hypothesis import strategies as st

MAX_PLAYS = 10_000  # chosen: the statement gives no bound


def distinct_totals(genres, plays):
    """Nudge plays (in place) until every genre's total is different. Cost: O(n * g)."""
    seen = set()
    for genre in dict.fromkeys(genres):
        mine = [i for i, g in enumerate(genres) if g == genre]
        total = sum(plays[i] for i in mine)
        step = 1 if any(plays[i] < MAX_PLAYS for i in mine) else -1
        while total in seen:  # move the total one play at a time, on the song that has room
            i = min(mine, key=plays.__getitem__) if step == 1 else max(mine, key=plays.__getitem__)
            plays[i] += step
            total += step
        seen.add(total)
    return {"genres": genres, "plays": plays}


@st.composite
def _album(draw, plays, max_genres):
    names = draw(st.lists(st.text(ascii_lowercase, min_size=1, max_size=5), min_size=1,
                          max_size=max_genres, unique=True))
    n = draw(st.integers(1, 10))
    genres = draw(st.lists(st.sampled_from(names), min_size=n, max_size=n))
    return distinct_totals(genres, draw(st.lists(plays, min_size=n, max_size=n)))


def strategy_equal_plays():
    """Plays of 1 to 3 over at most three genres: ties inside a genre everywhere."""
    return _album(st.integers(1, 3), max_genres=3)


def strategy_hits_and_lone_songs():
    """Plays from 1 to 100 over up to five genres: lone songs, big hits, long genres."""
    return _album(st.sampled_from([1, 2, 50, 99, 100]) | st.integers(1, 100), max_genres=5)


def _names(count, rng):
    """count different genre names of 1 to 20 letters."""
    names = set()
    while len(names) < count:
        names.add("".join(rng.choices(ascii_lowercase, k=rng.randint(1, 20))))
    return sorted(names)


def worst_many_genres(n, rng):
    """99 genres (the most allowed), random plays: the most groups to total and rank."""
    names = _names(min(99, n), rng)
    genres = names + [rng.choice(names) for _ in range(n - len(names))]
    rng.shuffle(genres)
    return distinct_totals(genres, [rng.randint(1, MAX_PLAYS) for _ in range(n)])


def worst_one_genre(n, rng):
    """One genre holds every song: one long list to order, only two songs to keep."""
    return {"genres": ["pop"] * n, "plays": [rng.randint(1, MAX_PLAYS) for _ in range(n)]}


def worst_equal_plays(n, rng):
    """Ten genres, plays of 1 or 2 only: almost every comparison is a tie broken by number."""
    names = _names(min(10, n), rng)
    genres = names + [rng.choice(names) for _ in range(n - len(names))]
    return distinct_totals(genres, [rng.randint(1, 2) for _ in range(n)])
