"""Slices array[i:j] as if i counted from 0, so the piece starts one number late (or is too short for k)."""


def solution(array, commands):
    return [sorted(array[i:j])[k - 1] for i, j, k in commands]
