"""42579: puts every song of a genre on the album instead of at most two."""

from collections import defaultdict


def solution(genres, plays):
    total = defaultdict(int)
    songs = defaultdict(list)
    for i, (genre, count) in enumerate(zip(genres, plays)):
        total[genre] += count
        songs[genre].append((-count, i))
    answer = []
    for genre in sorted(total, key=total.get, reverse=True):
        answer += [i for _, i in sorted(songs[genre])]
    return answer
