"""81302: a two-step breadth-first search from each person that forgets to stop at partitions, so a partition never protects anyone."""

from collections import deque


def solution(places):
    answer = []
    for room in places:
        ok = 1
        for r in range(5):
            for c in range(5):
                if room[r][c] != "P":
                    continue
                queue, seen = deque([(r, c, 0)]), {(r, c)}
                while queue:
                    y, x, d = queue.popleft()
                    if d and room[y][x] == "P":
                        ok = 0
                    if d < 2:
                        for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                            if 0 <= ny < 5 and 0 <= nx < 5 and (ny, nx) not in seen:
                                seen.add((ny, nx))
                                queue.append((ny, nx, d + 1))
        answer.append(ok)
    return answer
