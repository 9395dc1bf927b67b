"""Reads the k-th number at index k instead of k - 1."""


def solution(array, commands):
    return [sorted(array[i - 1:j])[k] for i, j, k in commands]
