"""84021: tries the mirror image of each piece as well as its four turns, though pieces may not be flipped."""


def regions(grid, value):
    n, seen, groups = len(grid), set(), []
    for r0 in range(n):
        for c0 in range(n):
            if grid[r0][c0] == value and (r0, c0) not in seen:
                seen.add((r0, c0))
                group, stack = [], [(r0, c0)]
                while stack:
                    r, c = stack.pop()
                    group.append((r, c))
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= nr < n and 0 <= nc < n and grid[nr][nc] == value and (nr, nc) not in seen:
                            seen.add((nr, nc))
                            stack.append((nr, nc))
                groups.append(group)
    return groups


def norm(cells):
    top, left = min(r for r, _ in cells), min(c for _, c in cells)
    return sorted((r - top, c - left) for r, c in cells)


def solution(game_board, table):
    pieces = [norm(p) for p in regions(table, 1)]
    used = [False] * len(pieces)
    answer = 0
    for hole in map(norm, regions(game_board, 0)):
        for i, piece in enumerate(pieces):
            if used[i] or len(piece) != len(hole):
                continue
            for start in (piece, [(r, -c) for r, c in piece]):
                shape = start
                for _ in range(4):
                    shape = norm([(c, -r) for r, c in shape])
                    if shape == hole and not used[i]:
                        used[i] = True
                        answer += len(hole)
            if used[i]:
                break
    return answer
