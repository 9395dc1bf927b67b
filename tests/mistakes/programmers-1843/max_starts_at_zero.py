"""1843: starts every largest value at 0 (and smallest at a big number), but a stretch such as 1 - 5 is negative."""


def solution(arr):
    numbers = [int(x) for x in arr[::2]]
    signs = arr[1::2]
    k = len(numbers)
    hi = [[0] * k for _ in range(k)]
    lo = [[10 ** 9] * k for _ in range(k)]
    for i, x in enumerate(numbers):
        hi[i][i] = lo[i][i] = x
    for length in range(2, k + 1):
        for i in range(k - length + 1):
            j = i + length - 1
            for m in range(i, j):
                if signs[m] == "+":
                    hi[i][j] = max(hi[i][j], hi[i][m] + hi[m + 1][j])
                    lo[i][j] = min(lo[i][j], lo[i][m] + lo[m + 1][j])
                else:
                    hi[i][j] = max(hi[i][j], hi[i][m] - lo[m + 1][j])
                    lo[i][j] = min(lo[i][j], lo[i][m] - hi[m + 1][j])
    return hi[0][k - 1]
