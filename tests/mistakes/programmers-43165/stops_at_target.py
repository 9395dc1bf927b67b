"""43165: counts a way as soon as the running total equals the target, before every number is used."""


def solution(numbers, target):
    def dfs(i, total):
        if total == target:
            return 1
        if i == len(numbers):
            return 0
        return dfs(i + 1, total + numbers[i]) + dfs(i + 1, total - numbers[i])

    return dfs(0, 0)
