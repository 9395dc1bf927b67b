"""Input generators for 아이템 줍기 beyond what the constraints alone give.

The mistakes members make here:

- not doubling the coordinates: on the original grid two outline edges one unit
  apart (a notch one unit wide) sit on neighbouring points, and the search
  jumps across the gap;
- inner edges kept: each rectangle's border drawn even where it runs through
  another rectangle's inside, so the character walks through the shape;
- one way round only: walking (or searching depth-first) along the outline in
  the first direction found, never comparing with the other way;
- a hole's rim counted in the perimeter: taking "the other way" as all drawn
  border cells minus the distance one way, when four rectangles enclose a hole.

Uniform coordinates almost never give valid shapes (distinct coordinates,
connected, none inside another). The strategies pick 2k distinct x and 2k
distinct y values from a narrow range, so neighbouring edges are often one unit
apart, and pair them into rectangles until the shape is valid; they also build
frames of four bars around a hole. The character and the item are drawn from
the points of the outer outline.

(The constraints forbid rectangles that share a coordinate, so edges never touch
or overlap: the nearest two edges can come is one unit apart.)
"""

import random

from hypothesis import strategies as st

SIDES = ((1, 0), (-1, 0), (0, 1), (0, -1))


def valid(rectangle):
    """Connected, and no rectangle inside another (the coordinates are already distinct)."""
    def overlap(a, b):
        return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]

    def inside(a, b):
        return b[0] < a[0] and a[2] < b[2] and b[1] < a[1] and a[3] < b[3]

    if any(inside(a, b) for a in rectangle for b in rectangle if a is not b):
        return False
    joined = {0}
    for _ in rectangle:
        joined |= {j for j, b in enumerate(rectangle) for i in joined if overlap(rectangle[i], b)}
    return len(joined) == len(rectangle)


def outline(rectangle):
    """The lattice points on the outer outline: corners of a covered square and of a square outside."""
    covered = {(x, y) for x1, y1, x2, y2 in rectangle for x in range(x1, x2) for y in range(y1, y2)}
    top = max(max(r) for r in rectangle)  # squares 0..top surround the shape
    outside, todo = {(0, 0)}, [(0, 0)]
    for x, y in todo:
        for dx, dy in SIDES:
            square = (x + dx, y + dy)
            if 0 <= min(square) and max(square) <= top and square not in covered and square not in outside:
                outside.add(square)
                todo.append(square)
    corners = lambda squares: {(x + a, y + b) for x, y in squares for a in (0, 1) for b in (0, 1)}
    return sorted(corners(covered) & corners(outside))


def pair_up(xs, ys, order_x, order_y):
    """Rectangles from 2k x values and 2k y values, taken in the given orders two at a time."""
    xs, ys = [xs[i] for i in order_x], [ys[i] for i in order_y]
    return [[min(xs[2 * i], xs[2 * i + 1]), min(ys[2 * i], ys[2 * i + 1]),
             max(xs[2 * i], xs[2 * i + 1]), max(ys[2 * i], ys[2 * i + 1])] for i in range(len(xs) // 2)]


def frame(xs, ys):
    """Four bars around a hole from 8 sorted x and 8 sorted y values: bottom, top, left, right."""
    return [[xs[1], ys[0], xs[6], ys[3]], [xs[2], ys[4], xs[5], ys[7]],
            [xs[0], ys[1], xs[3], ys[6]], [xs[4], ys[2], xs[7], ys[5]]]


def arguments(rectangle, character, item):
    return {"rectangle": rectangle, "characterX": character[0], "characterY": character[1],
            "itemX": item[0], "itemY": item[1]}


@st.composite
def _two_points(draw, rectangle):
    points = outline(rectangle)
    i = draw(st.integers(0, len(points) - 1))
    j = draw(st.integers(0, len(points) - 2))
    return arguments(rectangle, points[i], points[j + (j >= i)])


@st.composite
def _shapes(draw, low, high):
    """k rectangles on 2k distinct values drawn from [low, high]; re-paired until connected."""
    k = draw(st.integers(1, 4))
    xs = draw(st.lists(st.integers(low, high), min_size=2 * k, max_size=2 * k, unique=True))
    ys = draw(st.lists(st.integers(low, high), min_size=2 * k, max_size=2 * k, unique=True))
    for _ in range(20):
        rectangle = pair_up(xs, ys, draw(st.permutations(range(2 * k))), draw(st.permutations(range(2 * k))))
        if valid(rectangle):
            return draw(_two_points(rectangle))
    return draw(_two_points([[min(xs), min(ys), max(xs), max(ys)]]))


def strategy_tight_shapes():
    """Coordinates from 1..10: with up to 8 values in 10, most neighbouring edges are one unit apart."""
    return _shapes(1, 10)


def strategy_loose_shapes():
    """Coordinates from 1..20: longer edges, nested corners, fewer one-unit gaps."""
    return _shapes(1, 20)


@st.composite
def strategy_frames(draw):
    """Four bars enclosing a hole, on 8 distinct values per axis from 1..14."""
    xs = sorted(draw(st.lists(st.integers(1, 14), min_size=8, max_size=8, unique=True)))
    ys = sorted(draw(st.lists(st.integers(1, 14), min_size=8, max_size=8, unique=True)))
    return draw(_two_points(frame(xs, ys)))


def _spread(n, rng):
    """n valid rectangles on distinct values spread over 1..50 (a tall and wide shape)."""
    while True:
        xs = rng.sample(range(1, 51), 2 * n)
        ys = rng.sample(range(1, 51), 2 * n)
        order = list(range(2 * n))
        rectangle = pair_up(xs, ys, rng.sample(order, 2 * n), rng.sample(order, 2 * n))
        if valid(rectangle):
            return rectangle


def loop(rectangle):
    """The outline's points in walking order, from the lowest-left one."""
    points = set(outline(rectangle))
    order = [min(points)]
    while True:
        x, y = order[-1]
        # Along the outline each point has two neighbours one unit away whose midpoint is on it too:
        # with distinct coordinates, outline points one unit apart are joined by an outline edge
        # unless they face each other across a one-unit gap, which is ruled out by the midpoint.
        steps = [(x + dx, y + dy) for dx, dy in SIDES if (x + dx, y + dy) in points
                 and _on_outline(rectangle, x + dx / 2, y + dy / 2)]
        nxt = next((p for p in steps if len(order) < 2 or p != order[-2]), None)
        if nxt is None or nxt == order[0]:
            return order
        order.append(nxt)


def _on_outline(rectangle, x, y):
    """(x, y) is on some rectangle's edge and strictly inside none (a point of the outer or a hole's outline)."""
    inside = any(x1 < x < x2 and y1 < y < y2 for x1, y1, x2, y2 in rectangle)
    return not inside and any((x in (x1, x2) and y1 <= y <= y2) or (y in (y1, y2) and x1 <= x <= x2)
                              for x1, y1, x2, y2 in rectangle)


def _far_apart(rectangle):
    """The character at the outline's lowest-left point and the item half-way round."""
    points = loop(rectangle)
    return arguments(rectangle, points[0], points[len(points) // 2])


def worst_spread(n, rng):
    """n rectangles spread over 1..50: the longest outlines; the item far round from the character."""
    return _far_apart(_spread(n, rng))


def worst_frame(n, rng):
    """At n = 4, a frame over 1..50 around a large hole; fewer rectangles cannot enclose one."""
    if n < 4:
        return worst_spread(n, rng)
    return _far_apart(frame(sorted(rng.sample(range(1, 51), 8)), sorted(rng.sample(range(1, 51), 8))))
