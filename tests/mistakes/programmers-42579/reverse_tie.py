"""42579: sorts (plays, number) with reverse=True, so among equal plays the higher number comes first."""

from collections import defaultdict


def solution(genres, plays):
    total = defaultdict(int)
    songs = defaultdict(list)
    for i, (genre, count) in enumerate(zip(genres, plays)):
        total[genre] += count
        songs[genre].append((count, i))
    answer = []
    for genre in sorted(total, key=total.get, reverse=True):
        answer += [i for _, i in sorted(songs[genre], reverse=True)[:2]]
    return answer
