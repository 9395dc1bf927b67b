"""Pictures for 적록색약, written as Baekjoon's input text: N, then N rows of N letters R, G, B.

Small pictures lean on red and green, so that the two counts differ; big
single regions reach past Python's default recursion limit. The mistakes
members make, and the pictures that show them:

- reusing the visited table of the first count for the second, so the
  colour-blind count comes out 0 (any picture);
- repainting green as red before the first count, so both counts are the
  colour-blind one (``strategy_red_green``);
- a recursive flood fill without ``sys.setrecursionlimit``: a region of more
  than about a thousand cells ends in RecursionError (``strategy_big_region``).
"""

from hypothesis import strategies as st


def text(picture):
    """The input text: N, then each row of the picture."""
    return f"{len(picture)}\n" + "".join(row + "\n" for row in picture)


@st.composite
def strategy_small(draw):
    """1 by 1 to 8 by 8, in all three colours or only some of them."""
    n = draw(st.integers(1, 8))
    palette = draw(st.sampled_from(("RGB", "RG", "RRGGB", "RB", "B")))
    return text(["".join(draw(st.sampled_from(palette)) for _ in range(n)) for _ in range(n)])


@st.composite
def strategy_red_green(draw):
    """Red beside green in every picture: the two counts always differ."""
    n = draw(st.integers(2, 8))
    # Red and green patches that touch: the colour-blind see fewer regions.
    cut = draw(st.integers(1, n - 1))
    rows = ["R" * cut + "G" * (n - cut) if r % 3 else "".join(draw(st.sampled_from("RGB")) for _ in range(n))
            for r in range(n)]
    return text(rows)


@st.composite
def strategy_big_region(draw):
    """35 by 35 to 60 by 60, nearly all red: one region of over a thousand cells."""
    n = draw(st.integers(35, 60))
    picture = [["R"] * n for _ in range(n)]
    for r, c in draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=5)):
        picture[r][c] = draw(st.sampled_from("GB"))
    return text(["".join(row) for row in picture])


def worst_serpentine(n, rng):
    """A winding corridor of red and green runs between blue walls: one region 5,000 cells long for the colour-blind."""
    picture = []
    for r in range(n):
        if r % 2 == 0:
            picture.append("".join("R" if (c // 7 + r) % 2 else "G" for c in range(n)))
        else:
            gap = n - 1 if r // 2 % 2 == 0 else 0
            picture.append("".join("R" if c == gap else "B" for c in range(n)))
    return text(picture)


def worst_checkerboard(n, rng):
    """Red and green alternate: n^2 regions as painted, a single one for the colour-blind."""
    return text(["".join("RG"[(r + c) % 2] for c in range(n)) for r in range(n)])


def worst_random(n, rng):
    """Every cell a random colour: thousands of small regions."""
    return text(["".join(rng.choice("RGB") for _ in range(n)) for _ in range(n)])
