"""87694: takes the other way round as (all drawn border cells) minus the distance one way, counting a hole's rim in the perimeter."""


def solution(rectangle, characterX, characterY, itemX, itemY):
    grid = [[-1] * 102 for _ in range(102)]
    for x1, y1, x2, y2 in ([2 * v for v in r] for r in rectangle):
        for x in range(x1, x2 + 1):
            for y in range(y1, y2 + 1):
                if x1 < x < x2 and y1 < y < y2:
                    grid[x][y] = 0
                elif grid[x][y] != 0:
                    grid[x][y] = 1
    perimeter = sum(row.count(1) for row in grid)
    here, previous, steps = (2 * characterX, 2 * characterY), None, 0
    while here != (2 * itemX, 2 * itemY):
        x, y = here
        here, previous = next(p for p in ((x + 1, y), (x, y + 1), (x - 1, y), (x, y - 1))
                              if grid[p[0]][p[1]] == 1 and p != previous), here
        steps += 1
    return min(steps, perimeter - steps) // 2
