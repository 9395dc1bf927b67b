"""One pass keeps each genre's running total and its best two songs so far; only the genres get sorted.

A song displaces a kept one only with strictly more plays, since it has a
higher number than every song seen before it: equal plays keep the earlier song.

Time: O(n + g log g) for g genres. Space: O(g).
"""


def solution(genres, plays):
    """Best two per genre, tracked while reading; genres ordered by total plays."""
    total, best = {}, {}
    for i, (genre, count) in enumerate(zip(genres, plays)):
        total[genre] = total.get(genre, 0) + count
        kept = best.setdefault(genre, [])
        if len(kept) < 2:
            kept.append(i)
        elif count > plays[kept[1]]:
            kept[1] = i
        else:
            continue
        if len(kept) == 2 and plays[kept[1]] > plays[kept[0]]:
            kept.reverse()
    return [i for genre in sorted(total, key=total.get, reverse=True) for i in best[genre]]
