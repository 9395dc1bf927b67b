"""72412: keeps the scores as strings, so sorting and bisecting compare them by characters ("80" > "100")."""

from bisect import bisect_left
from collections import defaultdict
from itertools import product


def solution(info, query):
    scores = defaultdict(list)
    for line in info:
        *fields, score = line.split(" ")
        for key in product(*((f, "-") for f in fields)):
            scores[key].append(score)
    for ranked in scores.values():
        ranked.sort()
    answer = []
    for line in query:
        *words, x = line.replace(" and ", " ").split(" ")
        ranked = scores.get(tuple(words), [])
        answer.append(len(ranked) - bisect_left(ranked, x))
    return answer
