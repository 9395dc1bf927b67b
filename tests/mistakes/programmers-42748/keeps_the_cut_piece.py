"""Overwrites the array with each sorted piece, so the next command cuts from the previous piece."""


def solution(array, commands):
    answer = []
    for i, j, k in commands:
        array = sorted(array[i - 1:j])
        answer.append(array[k - 1])
    return answer
