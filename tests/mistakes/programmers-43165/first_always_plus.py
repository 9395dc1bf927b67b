"""43165: starts the search from +numbers[0] only, so no way that subtracts the first number is counted."""


def solution(numbers, target):
    def dfs(i, total):
        if i == len(numbers):
            return 1 if total == target else 0
        return dfs(i + 1, total + numbers[i]) + dfs(i + 1, total - numbers[i])

    return dfs(1, numbers[0])
