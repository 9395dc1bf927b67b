"""Up/down presses per letter, plus the cheapest left/right route that turns back at most once.

Each letter costs min(up, down). For the cursor, for every position i, find the end of
the run of A right after it (nxt); the route either goes right to i, back, and left
round to nxt (2i + n - nxt), or left to nxt first, back, and right to i (i + 2(n - nxt)).
Going straight right (n - 1) is the starting best.

Time: O(n^2) for the A-run scans (n <= 20). Space: O(1).
Written plainly: a for loop with an inner while loop that skips A's, ord() arithmetic.
"""


def solution(name):
    n = len(name)
    answer = 0
    move = n - 1
    for i in range(n):
        c = name[i]
        answer += min(ord(c) - ord('A'), ord('Z') - ord(c) + 1)
        nxt = i + 1
        while nxt < n and name[nxt] == 'A':
            nxt += 1
        move = min(move, 2 * i + n - nxt, i + 2 * (n - nxt))
    return answer + move
