"""Group the songs by genre, order the genres by total plays, and take each genre's two best.

Within a genre, sorting (-plays, number) puts the most played first and the
lower number first among equals; slicing [:2] takes one song when there is
only one.

Time: O(n log n). Space: O(n).
"""

from collections import defaultdict


def solution(genres, plays):
    """Each genre's top two songs, the genres by total plays."""
    songs = defaultdict(list)
    for i, (genre, count) in enumerate(zip(genres, plays)):
        songs[genre].append((-count, i))
    album = []
    for genre in sorted(songs, key=lambda g: sum(-c for c, _ in songs[g]), reverse=True):
        album += [i for _, i in sorted(songs[genre])[:2]]
    return album
