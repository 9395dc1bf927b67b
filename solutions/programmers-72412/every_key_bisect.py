"""File each applicant under all 16 keys a query could ask for, '-' in any place; sort each list.

A query's four words are then one of those keys exactly, and the applicants
scoring at least X are the tail of that key's sorted list, found by bisect_left.

Time: O(n log n + m log n), with 16 keys per applicant. Space: O(16 n).
"""

from bisect import bisect_left
from collections import defaultdict
from itertools import product


def solution(info, query):
    """For each query, the length of the sorted tail at or above X under its key."""
    scores = defaultdict(list)
    for line in info:
        *fields, score = line.split(" ")
        for key in product(*((f, "-") for f in fields)):
            scores[key].append(int(score))
    for ranked in scores.values():
        ranked.sort()
    answer = []
    for line in query:
        *words, x = line.replace(" and ", " ").split(" ")
        ranked = scores.get(tuple(words), [])
        answer.append(len(ranked) - bisect_left(ranked, int(x)))
    return answer
