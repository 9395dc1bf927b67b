"""Returns only from inside the loop, so when no paper qualifies (all zeros) it gives None."""


def solution(citations):
    ascending = sorted(citations)
    n = len(ascending)
    for i, cited in enumerate(ascending):
        if cited >= n - i:
            return n - i
