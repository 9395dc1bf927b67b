"""Sorts the array itself before cutting, so every piece comes from a sorted array."""


def solution(array, commands):
    answer = []
    for i, j, k in commands:
        array.sort()
        answer.append(array[i - 1:j][k - 1])
    return answer
