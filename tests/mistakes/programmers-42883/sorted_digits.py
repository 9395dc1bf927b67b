"""42883: sorts the digits in decreasing order and keeps the first len(number) - k, as if digits could move."""


def solution(number, k):
    return "".join(sorted(number, reverse=True)[:len(number) - k])
