"""Input generators for 거리두기 확인하기.

The mistakes members make here:

- straight lines only: checking people one and two cells apart in a row or a
  column, but not diagonal neighbours;
- a diagonal blocked by one partition: two people diagonally apart are safe
  only when BOTH corner cells between them are partitions, not either one;
- forward directions only: looking right, down and down-right from each person,
  which never sees the down-left diagonal;
- partitions ignored on the way: a breadth-first search that walks through 'X',
  so people separated by a partition are flagged;
- the verdict carried over: a flag set before the loop over rooms and never
  reset, so every room after a crowded one is reported as crowded too.

Uniform rooms have people everywhere and nearly always break the rule, where
none of these shows. These strategies seat two to four people close together,
often diagonally, with partitions on some of the cells between them, and mix
rooms that pass with rooms that fail.
"""

import random

from hypothesis import strategies as st


def _backgrounds():
    """Twelve fixed rooms of O and X, from no partitions to about half; people are placed on top.

    Drawing a whole background at once keeps each room a handful of choices, so a
    failure shrinks in a few steps instead of one per cell.
    """
    rng = random.Random(81302)
    return [[["X" if rng.random() < share else "O" for _ in range(5)] for _ in range(5)]
            for share in (0, 0, 0.1, 0.2, 0.2, 0.3, 0.3, 0.3, 0.4, 0.4, 0.5, 0.5)]


BACKGROUNDS = _backgrounds()


def room_strings(grid):
    """A 5 x 5 grid of characters as the list of five row strings."""
    return ["".join(row) for row in grid]


def _background(draw):
    return [list(row) for row in draw(st.sampled_from(BACKGROUNDS))]


@st.composite
def _room(draw, people):
    """A room with a few people seated anywhere on a drawn background."""
    grid = _background(draw)
    for _ in range(draw(st.integers(*people))):
        grid[draw(st.integers(0, 4))][draw(st.integers(0, 4))] = "P"
    return room_strings(grid)


@st.composite
def _diagonal_pair(draw):
    """Two people diagonally apart with each corner between them O or X."""
    grid = _background(draw)
    r, c = draw(st.integers(0, 3)), draw(st.integers(0, 4))
    dc = draw(st.sampled_from((-1, 1)))
    if not 0 <= c + dc <= 4:
        dc = -dc
    grid[r][c] = grid[r + 1][c + dc] = "P"
    grid[r][c + dc] = draw(st.sampled_from("OX"))
    grid[r + 1][c] = draw(st.sampled_from("OX"))
    return room_strings(grid)


@st.composite
def _straight_pair(draw):
    """Two people two apart in a row or a column, the cell between O or X."""
    grid = _background(draw)
    r, c = draw(st.integers(0, 4)), draw(st.integers(0, 2))
    middle = draw(st.sampled_from("OX"))
    if draw(st.booleans()):
        grid[r][c], grid[r][c + 1], grid[r][c + 2] = "P", middle, "P"
    else:
        grid[c][r], grid[c + 1][r], grid[c + 2][r] = "P", middle, "P"
    return room_strings(grid)


def strategy_sparse_rooms():
    """Five rooms of two to four people on backgrounds with up to half the cells partitions."""
    return st.lists(_room((2, 4)), min_size=5, max_size=5).map(lambda places: {"places": places})


def strategy_diagonals():
    """Five rooms each built around one diagonal pair: corners O/O, O/X, X/O or X/X."""
    return st.lists(_diagonal_pair(), min_size=5, max_size=5).map(lambda places: {"places": places})


def strategy_mixed_pairs():
    """Diagonal pairs, straight pairs and rooms of one or no person, in any order."""
    lone = _room((0, 1))
    return st.lists(st.one_of(_diagonal_pair(), _straight_pair(), lone), min_size=5, max_size=5).map(
        lambda places: {"places": places})


def worst_crowded(n, rng):
    """n rooms (always 5) half full of people: the most pairs to check."""
    return {"places": [["".join(rng.choice("PPOX") for _ in range(5)) for _ in range(5)] for _ in range(n)]}


def worst_checkerboard(n, rng):
    """n rooms (always 5) with people on a checkerboard between partitions: 13 people, nobody too close."""
    room = ["".join("P" if (r + c) % 2 == 0 else "X" for c in range(5)) for r in range(5)]
    return {"places": [list(room) for _ in range(n)]}
