"""86491: takes the largest card's area, as if one card always covered the others (example 2 read too literally)."""


def solution(sizes):
    return max(w * h for w, h in sizes)
