"""Count by the first puddle crossed: only the k puddles are states, joined by binomial walk counts.

bad(p), the walks from home to puddle p that cross no earlier puddle, is all walks
to p minus, for each puddle q before p, bad(q) times the walks from q to p. The
answer is all walks minus, for each puddle, bad(p) times the walks from p to school.

Time: O(k^2) binomials for k puddles. Space: O(k).
"""

from math import comb

MOD = 1_000_000_007


def walks(a, b):
    """Right-and-down walks from cell a to cell b, both (column, row); 0 if b is not right-below a."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    return comb(dx + dy, dx) if dx >= 0 and dy >= 0 else 0


def solution(m, n, puddles):
    """Walks from (1, 1) to (m, n) that avoid every puddle, modulo 1,000,000,007."""
    home, school = (1, 1), (m, n)
    cells = sorted(tuple(p) for p in puddles)
    bad = []
    for i, p in enumerate(cells):
        bad.append(walks(home, p) - sum(bad[j] * walks(cells[j], p) for j in range(i)))
    return (walks(home, school) - sum(b * walks(p, school) for b, p in zip(bad, cells))) % MOD
