"""Input generators for 퍼즐 조각 채우기 beyond what the constraints alone give.

The mistakes members make here:

- no rotation: comparing a piece with a hole only as it lies on the table;
- flipping allowed: also accepting a piece's mirror image, which the rules forbid
  (an L piece does not fill a J hole);
- a piece used twice: not marking a piece as used, so one piece fills several
  holes of its shape;
- size only: matching a piece to any hole with the same number of cells,
  whatever its shape.

(With the exact-fit rule a piece goes only into a hole of its own shape, so the
order in which a correct solution places pieces never changes the answer; the
strategies still give several holes and several pieces of one shape, so that
which piece goes where, and how many, matters.)

Uniform 0/1 boards break the rule that every empty region and every piece has at
most six cells. The strategies grow random pieces of 1 to 6 cells and lay them
out apart on an all-1 board (as holes) and an all-0 table (as pieces). The table
holds each hole's shape turned by a random quarter turn, its mirror image, a
different shape of the same size, or an extra copy, so rotations, mirror images,
equal sizes and repeats all occur.
"""

from hypothesis import strategies as st

SIDES = ((1, 0), (-1, 0), (0, 1), (0, -1))


def normalised(cells):
    """The shape shifted to row 0 and column 0, as a sorted tuple."""
    top, left = min(r for r, _ in cells), min(c for _, c in cells)
    return tuple(sorted((r - top, c - left) for r, c in cells))


def turned(cells, quarters):
    """The shape turned by a number of quarter turns."""
    for _ in range(quarters % 4):
        cells = [(c, -r) for r, c in cells]
    return normalised(cells)


def mirrored(cells):
    """The shape's mirror image (left and right swapped)."""
    return normalised([(r, -c) for r, c in cells])


def _one_sided(limit=6):
    """Every shape of 1..limit cells up to turning (not flipping), by size, each in its smallest turned form."""
    by_size = {1: [((0, 0),)]}
    for size in range(2, limit + 1):
        grown = {min(turned([*shape, (r + dr, c + dc)], q) for q in range(4))
                 for shape in by_size[size - 1] for r, c in shape for dr, dc in SIDES
                 if (r + dr, c + dc) not in shape}
        by_size[size] = sorted(grown)
    return by_size


SHAPES = _one_sided()  # 1, 1, 2, 7, 18 and 60 shapes of 1..6 cells


def _shape(size):
    """Any shape of ``size`` cells (shrinks towards the first, straight or compact)."""
    return st.sampled_from(SHAPES[size])


def shelves(n, shapes, value):
    """An n by n grid of 1 - value with the shapes laid as value left to right in rows, a blank line apart.

    A shape that no longer fits is left out; the first one always fits (n >= 6).
    """
    grid = [[1 - value] * n for _ in range(n)]
    top = left = tallest = 0
    for shape in shapes:
        height, width = 1 + max(r for r, _ in shape), 1 + max(c for _, c in shape)
        if left + width > n:
            top, left, tallest = top + tallest + 1, 0, 0
        if top + height > n:
            break
        for r, c in shape:
            grid[top + r][left + c] = value
        left, tallest = left + width + 1, max(tallest, height)
    return grid


@st.composite
def strategy_puzzles(draw):
    """Holes of a few shapes (repeats welcome) and, for each, a turned copy, a mirror, an impostor or nothing."""
    n = draw(st.integers(6, 10))
    pool = [draw(st.integers(1, 6).flatmap(_shape)) for _ in range(draw(st.integers(1, 3)))]
    holes = [draw(st.sampled_from(pool)) for _ in range(draw(st.integers(1, 4)))]
    pieces = []
    for hole in holes:
        kind = draw(st.sampled_from(["turned", "turned", "mirror", "impostor", "none", "two"]))
        if kind in ("turned", "two"):
            pieces += [turned(hole, draw(st.integers(0, 3))) for _ in range(1 + (kind == "two"))]
        elif kind == "mirror":
            pieces.append(turned(mirrored(hole), draw(st.integers(0, 3))))
        elif kind == "impostor":
            pieces.append(draw(_shape(len(hole))))
    pieces = pieces[:5] or [turned(holes[0], 1)]
    return {"game_board": shelves(n, holes, 0), "table": shelves(n, pieces, 1)}


P_PENTOMINO = ((0, 0), (0, 1), (0, 2), (1, 0), (1, 1))  # chiral: its mirror image never fits


def _tiled(n, shapes, value):
    """Shapes (each within 2 rows by 3 columns) laid in a grid of 3 by 4 blocks, one block each."""
    grid = [[1 - value] * n for _ in range(n)]
    blocks = [(r, c) for r in range(0, n - 1, 3) for c in range(0, n - 2, 4)]
    for (top, left), shape in zip(blocks, shapes):
        for r, c in shape:
            grid[top + r][left + c] = value
    return grid


def _blocks(n):
    """How many 3 by 4 blocks _tiled lays in an n by n grid."""
    return len(range(0, n - 1, 3)) * len(range(0, n - 2, 4))


def _flat(shape):
    """The shape turned so that it lies within 2 rows by 3 columns."""
    return shape if max(r for r, _ in shape) <= 1 else turned(shape, 1)


def worst_mirrored(n, rng):
    """Every hole a P pentomino and every piece its mirror image, turned at random: nothing fits, all pairs are tried."""
    k = _blocks(n)
    pieces = [_flat(turned(mirrored(P_PENTOMINO), 2 * rng.randint(0, 1))) for _ in range(k)]
    return {"game_board": _tiled(n, [P_PENTOMINO] * k, 0), "table": _tiled(n, pieces, 1)}


def worst_single_cells(n, rng):
    """Holes and pieces of one cell on every other row and column: about n^2 / 4 of each."""
    board = [[0 if r % 2 == 0 and c % 2 == 0 else 1 for c in range(n)] for r in range(n)]
    table = [[1 if r % 2 == 0 and c % 2 == 0 else 0 for c in range(n)] for r in range(n)]
    return {"game_board": board, "table": table}


def worst_mixed(n, rng):
    """Random shapes of 1 to 6 cells within 2 by 3 (a fixed list), holes and turned pieces in shuffled order."""
    shapes = [((0, 0),), ((0, 0), (0, 1)), ((0, 0), (0, 1), (0, 2)), ((0, 0), (0, 1), (1, 1)),
              ((0, 0), (0, 1), (0, 2), (1, 1)), ((0, 0), (0, 1), (1, 1), (1, 2)), ((0, 1), (0, 2), (1, 0), (1, 1)),
              ((0, 0), (0, 1), (1, 0), (1, 1)), P_PENTOMINO, ((0, 0), (0, 1), (0, 2), (1, 0), (1, 2)),
              ((0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2))]
    holes = [rng.choice(shapes) for _ in range(_blocks(n))]
    pieces = [_flat(turned(shape, 2 * rng.randint(0, 1))) if rng.random() < 0.8 else rng.choice(shapes)
              for shape in holes]
    rng.shuffle(pieces)
    return {"game_board": _tiled(n, holes, 0), "table": _tiled(n, pieces, 1)}
