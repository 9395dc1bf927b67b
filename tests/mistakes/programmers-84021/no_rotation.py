"""84021: compares each piece with each hole only as it lies on the table, never turning it."""


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
                top, left = min(r for r, _ in group), min(c for _, c in group)
                groups.append(sorted((r - top, c - left) for r, c in group))
    return groups


def solution(game_board, table):
    pieces = regions(table, 1)
    used = [False] * len(pieces)
    answer = 0
    for hole in regions(game_board, 0):
        for i, piece in enumerate(pieces):
            if not used[i] and piece == hole:
                used[i] = True
                answer += len(hole)
                break
    return answer
