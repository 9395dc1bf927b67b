"""Counts a ranked paper only when cited more than its rank (> instead of >=)."""


def solution(citations):
    ranked = sorted(citations, reverse=True)
    return sum(1 for rank, cited in enumerate(ranked, 1) if cited > rank)
