"""1843: fills the tables by start i and then end j, both ascending, so it reads stretches (m+1..j) not yet computed."""


def solution(arr):
    numbers = [int(x) for x in arr[::2]]
    signs = arr[1::2]
    k = len(numbers)
    hi = [[-10 ** 9] * k for _ in range(k)]
    lo = [[10 ** 9] * k for _ in range(k)]
    for i, x in enumerate(numbers):
        hi[i][i] = lo[i][i] = x
    for i in range(k):
        for j in range(i + 1, k):
            for m in range(i, j):
                if signs[m] == "+":
                    hi[i][j] = max(hi[i][j], hi[i][m] + hi[m + 1][j])
                    lo[i][j] = min(lo[i][j], lo[i][m] + lo[m + 1][j])
                else:
                    hi[i][j] = max(hi[i][j], hi[i][m] - lo[m + 1][j])
                    lo[i][j] = min(lo[i][j], lo[i][m] - hi[m + 1][j])
    return hi[0][k - 1]
