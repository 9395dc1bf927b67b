"""42579: ranks the genres by their most played song instead of by their total plays."""

from collections import defaultdict


def solution(genres, plays):
    songs = defaultdict(list)
    for i, (genre, count) in enumerate(zip(genres, plays)):
        songs[genre].append((-count, i))
    for genre in songs:
        songs[genre].sort()
    answer = []
    for genre in sorted(songs, key=lambda g: songs[g][0]):
        answer += [i for _, i in songs[genre][:2]]
    return answer
