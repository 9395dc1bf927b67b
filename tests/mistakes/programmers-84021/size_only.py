"""84021: matches a piece to any unused hole with the same number of cells, whatever its shape."""


def sizes(grid, value):
    n, seen, result = len(grid), set(), []
    for r0 in range(n):
        for c0 in range(n):
            if grid[r0][c0] == value and (r0, c0) not in seen:
                seen.add((r0, c0))
                count, stack = 0, [(r0, c0)]
                while stack:
                    r, c = stack.pop()
                    count += 1
                    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= nr < n and 0 <= nc < n and grid[nr][nc] == value and (nr, nc) not in seen:
                            seen.add((nr, nc))
                            stack.append((nr, nc))
                result.append(count)
    return result


def solution(game_board, table):
    pieces = sizes(table, 1)
    answer = 0
    for hole in sizes(game_board, 0):
        if hole in pieces:
            pieces.remove(hole)
            answer += hole
    return answer
