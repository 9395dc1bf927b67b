"""1843: greedy: brackets each minus around its first number only, -(x) + the rest, never around a longer stretch."""


def solution(arr):
    total = int(arr[0])
    for i in range(1, len(arr), 2):
        x = int(arr[i + 1])
        total += -x if arr[i] == "-" else x
    return total
