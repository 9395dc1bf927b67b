"""72412: finds the first score at or above X with bisect_right, which skips the scores equal to X."""

from bisect import bisect_right
from collections import defaultdict
from itertools import product


def solution(info, query):
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
        answer.append(len(ranked) - bisect_right(ranked, int(x)))
    return answer
