"""Raise the walls one at a time by backtracking, and count what a depth-first flood infects.

wall(start, left) tries each empty cell from index start on as the next wall, so
every set of three is tried once. With all three up, a stack-based flood from
the viruses marks what they reach; the safe area is what is left. The map is
changed in place and restored, never copied.

Time: O(C(E, 3) * N * M) for E empty cells. Space: O(N * M).
"""
import sys

input = sys.stdin.readline


def infected_count(lab, n, m, viruses):
    """How many empty cells the viruses reach, walls as they stand now."""
    seen = [[False] * m for _ in range(n)]
    stack, count = list(viruses), 0
    while stack:
        r, c = stack.pop()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < n and 0 <= nc < m and lab[nr][nc] == 0 and not seen[nr][nc]:
                seen[nr][nc] = True
                count += 1
                stack.append((nr, nc))
    return count


def best_safe(lab, n, m, empty, viruses, start, left):
    """The largest safe area with ``left`` more walls to raise on empty[start:]."""
    if left == 0:
        return len(empty) - 3 - infected_count(lab, n, m, viruses)
    best = 0
    for i in range(start, len(empty) - left + 1):
        r, c = empty[i]
        lab[r][c] = 1
        best = max(best, best_safe(lab, n, m, empty, viruses, i + 1, left - 1))
        lab[r][c] = 0
    return best


n, m = map(int, input().split())
lab = [list(map(int, input().split())) for _ in range(n)]
empty = [(r, c) for r in range(n) for c in range(m) if lab[r][c] == 0]
viruses = [(r, c) for r in range(n) for c in range(m) if lab[r][c] == 2]
print(best_safe(lab, n, m, empty, viruses, 0, 3))
