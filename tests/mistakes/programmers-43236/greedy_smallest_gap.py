"""43236: greedy: n times, removes a rock beside the current smallest gap (the side whose other gap is smaller), never searching."""


def solution(distance, rocks, n):
    points = [0] + sorted(rocks) + [distance]
    for _ in range(n):
        gaps = [b - a for a, b in zip(points, points[1:])]
        i = gaps.index(min(gaps))  # the gap between points[i] and points[i + 1]
        if i == 0:
            del points[1]
        elif i == len(gaps) - 1:
            del points[-2]
        elif gaps[i - 1] < gaps[i + 1]:
            del points[i]
        else:
            del points[i + 1]
    return min(b - a for a, b in zip(points, points[1:]))
