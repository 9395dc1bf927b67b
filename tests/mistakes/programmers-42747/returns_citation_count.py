"""Returns the deciding paper's citation count instead of the number of papers (10 for [10, 10])."""


def solution(citations):
    ascending = sorted(citations)
    n = len(ascending)
    for i, cited in enumerate(ascending):
        if cited >= n - i:
            return cited
    return 0
