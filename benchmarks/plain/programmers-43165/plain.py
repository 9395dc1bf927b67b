"""Recursive DFS carrying the running total: add or subtract each number, count totals equal to target at the end.

Time: O(2^n) calls. Space: O(n) recursion depth.
Written plainly: a nested recursive function returning the count of the two branches.
"""


def solution(numbers, target):
    def dfs(index, total):
        if index == len(numbers):
            if total == target:
                return 1
            return 0
        return dfs(index + 1, total + numbers[index]) + dfs(index + 1, total - numbers[index])

    return dfs(0, 0)
