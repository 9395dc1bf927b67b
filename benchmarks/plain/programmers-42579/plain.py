"""Group the songs by genre (a dict of lists) with each genre's total, sort the genres
by total and each genre's songs by (plays desc, number asc), take at most two per genre.

Time: O(n log n). Space: O(n).
Written plainly: two dicts filled in one loop, a dict of lists of [plays, number],
sorted() with lambda keys, a counter for the two picks.
"""


def solution(genres, plays):
    total = {}
    songs = {}
    for i in range(len(genres)):
        genre = genres[i]
        if genre not in total:
            total[genre] = 0
            songs[genre] = []
        total[genre] += plays[i]
        songs[genre].append([plays[i], i])

    genre_order = sorted(total.keys(), key=lambda g: total[g], reverse=True)
    answer = []
    for genre in genre_order:
        song_list = sorted(songs[genre], key=lambda s: (-s[0], s[1]))
        count = 0
        for song in song_list:
            answer.append(song[1])
            count += 1
            if count == 2:
                break
    return answer
