"""Search outward with a heap keyed by (distance, row, column): the first edible fish popped is the one to eat.

Since every step costs 1, popping in (distance, row, column) order visits cells by
distance and breaks ties topmost then leftmost, so no list of candidates is needed.

Time: O(F * N^2 log N) for F fish. Space: O(N^2).
"""
import heapq
import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    sea = [[int(data[1 + r * n + c]) for c in range(n)] for r in range(n)]
    start = next((r, c) for r in range(n) for c in range(n) if sea[r][c] == 9)
    sea[start[0]][start[1]] = 0
    size, eaten, time = 2, 0, 0
    while True:
        heap = [(0, start[0], start[1])]
        seen = {start}
        target = None
        while heap:
            d, r, c = heapq.heappop(heap)
            if 0 < sea[r][c] < size:
                target = (d, r, c)
                break
            for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= nr < n and 0 <= nc < n and (nr, nc) not in seen and sea[nr][nc] <= size:
                    seen.add((nr, nc))
                    heapq.heappush(heap, (d + 1, nr, nc))
        if target is None:
            break
        d, r, c = target
        time += d
        sea[r][c] = 0
        start = (r, c)
        eaten += 1
        if eaten == size:
            size, eaten = size + 1, 0
    print(time)


main()
