"""72412: files each applicant under its exact answers only and looks the query up as written, so a '-' is a literal word nobody chose."""

from bisect import bisect_left
from collections import defaultdict


def solution(info, query):
    scores = defaultdict(list)
    for line in info:
        *fields, score = line.split(" ")
        scores[tuple(fields)].append(int(score))
    for ranked in scores.values():
        ranked.sort()
    answer = []
    for line in query:
        *words, x = line.replace(" and ", " ").split(" ")
        ranked = scores.get(tuple(words), [])
        answer.append(len(ranked) - bisect_left(ranked, int(x)))
    return answer
