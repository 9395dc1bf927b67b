"""43165: off by one at the end: checks the total at index n - 1, before the last number is added or subtracted."""


def solution(numbers, target):
    answer = 0

    def dfs(i, total):
        nonlocal answer
        if i == len(numbers) - 1:
            if total == target:
                answer += 1
            return
        dfs(i + 1, total + numbers[i])
        dfs(i + 1, total - numbers[i])

    dfs(0, 0)
    return answer
