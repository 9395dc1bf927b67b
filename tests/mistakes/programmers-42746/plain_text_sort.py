"""Sorts the texts in plain reverse order, so "30" comes before "3" and 303 beats 330."""


def solution(numbers):
    texts = sorted(map(str, numbers), reverse=True)
    return "0" if texts[0] == "0" else "".join(texts)
