"""Cities for 치킨 배달, written as Baekjoon's input text: "N M", then N rows of N cells.

0 is an empty cell, 1 a house, 2 a chicken shop; 1 to 2N houses, M to 13 shops.
Small cities stay at 3 to 6 a side. The mistakes members make, and the cities
that show them:

- summing each house's distance to every kept shop, not to its nearest one
  (any city with M at least 2);
- letting each house use its nearest shop among all of them, as if none closed:
  wrong whenever more than M shops stand and some house's nearest one must close
  (``strategy_small_cities`` with more shops than M);
- keeping the M shops that are best one by one (least total distance to all the
  houses), a greedy choice: wrong when two shops side by side are each good alone
  but a pair far apart serves two clusters better (``strategy_two_clusters``);
- summing, for each kept shop, its distance to the nearest house (the city's
  chicken distance is a sum over houses, not over shops).
"""

from hypothesis import strategies as st


def text(city, m):
    """The input text: "N M", then each row's cells."""
    return f"{len(city)} {m}\n" + "".join(" ".join(map(str, row)) + "\n" for row in city)


@st.composite
def strategy_small_cities(draw):
    """3 to 6 a side: houses and shops at random cells, M from 1 to the number of shops."""
    n = draw(st.integers(3, 6))
    cells = draw(st.permutations([(r, c) for r in range(n) for c in range(n)]))
    houses = draw(st.integers(1, 2 * n))
    shops = draw(st.integers(1, min(6, n * n - houses)))
    m = draw(st.integers(1, shops))
    city = [[0] * n for _ in range(n)]
    for r, c in cells[:houses]:
        city[r][c] = 1
    for r, c in cells[houses:houses + shops]:
        city[r][c] = 2
    return text(city, m)


@st.composite
def strategy_two_clusters(draw):
    """Houses in two far corners, shops near the middle and near each corner, M = 2."""
    n = draw(st.integers(4, 6))
    city = [[0] * n for _ in range(n)]
    for r, c in draw(st.lists(st.sampled_from([(0, 0), (0, 1), (1, 0), (n - 1, n - 1), (n - 1, n - 2), (n - 2, n - 1)]),
                              min_size=2, max_size=6, unique=True)):
        city[r][c] = 1
    middle = [(r, c) for r in range(1, n - 1) for c in range(1, n - 1) if city[r][c] == 0]
    for r, c in draw(st.lists(st.sampled_from(middle), min_size=1, max_size=3, unique=True)):
        city[r][c] = 2
    for r, c in draw(st.lists(st.sampled_from([(0, n - 1), (n - 1, 0), (0, 2), (2, 0), (n - 1, n - 3)]),
                              max_size=3, unique=True)):
        if city[r][c] == 0:
            city[r][c] = 2
    shops = sum(row.count(2) for row in city)
    return text(city, min(2, shops))


def worst_thirteen_shops(n, rng):
    """13 shops (as many as fit), M = 6: C(13, 6) = 1716 choices; 2N houses at random cells."""
    cells = [(r, c) for r in range(n) for c in range(n)]
    rng.shuffle(cells)
    shops = min(13, len(cells) - 1)
    houses = min(2 * n, len(cells) - shops)
    city = [[0] * n for _ in range(n)]
    for r, c in cells[:houses]:
        city[r][c] = 1
    for r, c in cells[houses:houses + shops]:
        city[r][c] = 2
    return text(city, min(6, shops))


def worst_keep_seven(n, rng):
    """As many shops as fit up to 13, M = 7 (1716 choices of 7 each), houses along the border."""
    cells = [(r, c) for r in range(n) for c in range(n)]
    border = [(r, c) for r, c in cells if r in (0, n - 1) or c in (0, n - 1)]
    rng.shuffle(border)
    city = [[0] * n for _ in range(n)]
    houses = min(2 * n, len(border) - 1)
    for r, c in border[:houses]:
        city[r][c] = 1
    free = [(r, c) for r, c in cells if city[r][c] == 0]
    rng.shuffle(free)
    shops = min(13, len(free))
    for r, c in free[:shops]:
        city[r][c] = 2
    return text(city, min(7, shops))
