"""Group the applicants by their exact four answers (24 groups) and sort each group's scores.

A query's '-' is expanded into every answer it allows, so it names up to 24
groups; in each, bisect_left finds how many score at least X.

Time: O(n log n + 24 m log n). Space: O(n).
"""

from bisect import bisect_left
from itertools import product

CHOICES = (("cpp", "java", "python"), ("backend", "frontend"), ("junior", "senior"), ("chicken", "pizza"))


def solution(info, query):
    """For each query, the sum over the groups it names of the scores at or above X."""
    groups = {key: [] for key in product(*CHOICES)}
    for line in info:
        *fields, score = line.split(" ")
        groups[tuple(fields)].append(int(score))
    for ranked in groups.values():
        ranked.sort()
    answer = []
    for line in query:
        *words, x = line.replace(" and ", " ").split(" ")
        x = int(x)
        allowed = (options if w == "-" else (w,) for w, options in zip(words, CHOICES))
        answer.append(sum(len(groups[key]) - bisect_left(groups[key], x) for key in product(*allowed)))
    return answer
