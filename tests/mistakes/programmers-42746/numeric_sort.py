"""Sorts by numeric value, largest first, so 10 comes before 9."""


def solution(numbers):
    texts = [str(x) for x in sorted(numbers, reverse=True)]
    return "0" if texts[0] == "0" else "".join(texts)
