"""42579: always takes the first two songs of a genre, which fails on a genre with a single song."""

from collections import defaultdict


def solution(genres, plays):
    total = defaultdict(int)
    songs = defaultdict(list)
    for i, (genre, count) in enumerate(zip(genres, plays)):
        total[genre] += count
        songs[genre].append((-count, i))
    answer = []
    for genre in sorted(total, key=total.get, reverse=True):
        ranked = sorted(songs[genre])
        answer.append(ranked[0][1])
        answer.append(ranked[1][1])
    return answer
