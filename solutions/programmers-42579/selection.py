"""Follow the rules literally: pick the genre with the most plays left, then its best song twice.

Each genre's total is found by scanning every song; the next genre is the one
with the largest total among those not yet placed; within it the best song is
the most played, the lower index on a tie, found by scanning again. No sorting
and no grouping structure: the oracle.

Time: O(g * n) for g genres (fewer than 100). Space: O(n).
"""


def solution(genres, plays):
    """Song numbers of the album, genre by genre, at most two per genre."""
    songs = range(len(plays))
    total = {g: sum(plays[i] for i in songs if genres[i] == g) for g in set(genres)}
    album = []
    while total:
        genre = max(total, key=total.get)  # totals are all different: no tie to break
        del total[genre]
        mine = [i for i in songs if genres[i] == genre]
        for _ in range(min(2, len(mine))):
            best = max(mine, key=lambda i: (plays[i], -i))  # more plays first, then lower number
            album.append(best)
            mine.remove(best)
    return album
