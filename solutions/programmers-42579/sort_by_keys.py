"""Sort all songs at once by (genre total, plays) descending and number ascending, then keep two per genre.

One sort key says every rule: genres by total plays, songs by plays, ties by
the lower number. Walking the sorted songs, a song joins the album while its
genre has fewer than two there.

Time: O(n log n). Space: O(n).
"""

from collections import Counter


def solution(genres, plays):
    """The first two songs of each genre in the album's order."""
    total = Counter()
    for genre, count in zip(genres, plays):
        total[genre] += count
    order = sorted(range(len(plays)), key=lambda i: (-total[genres[i]], -plays[i], i))
    placed = Counter()
    album = []
    for i in order:
        if placed[genres[i]] < 2:
            placed[genres[i]] += 1
            album.append(i)
    return album
