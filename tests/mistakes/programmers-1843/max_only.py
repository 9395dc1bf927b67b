"""1843: keeps only the largest value of each stretch, so a difference subtracts the right side's largest instead of its smallest."""


def solution(arr):
    numbers = [int(x) for x in arr[::2]]
    signs = arr[1::2]
    k = len(numbers)
    best = [[0] * k for _ in range(k)]
    for i, x in enumerate(numbers):
        best[i][i] = x
    for length in range(2, k + 1):
        for i in range(k - length + 1):
            j = i + length - 1
            best[i][j] = max(best[i][m] + best[m + 1][j] if signs[m] == "+" else best[i][m] - best[m + 1][j]
                             for m in range(i, j))
    return best[0][k - 1]
