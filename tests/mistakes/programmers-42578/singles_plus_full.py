"""42578: counts single pieces plus full outfits (one piece of every kind), which matches both official examples but misses partial outfits."""

from collections import Counter


def solution(clothes):
    counts = Counter(kind for _, kind in clothes).values()
    answer = sum(counts)
    if len(counts) > 1:
        full = 1
        for count in counts:
            full *= count
        answer += full
    return answer
