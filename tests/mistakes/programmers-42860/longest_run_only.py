"""42860: turns back only around the longest run of A (the first one on a tie), though a shorter run elsewhere can be cheaper."""


def solution(name):
    n = len(name)
    answer = sum(min(ord(c) - ord("A"), ord("Z") - ord(c) + 1) for c in name)
    start, length, i = 0, 0, 1
    while i < n:
        if name[i] == "A":
            j = i
            while j < n and name[j] == "A":
                j += 1
            if j - i > length:
                start, length = i, j - i
            i = j
        else:
            i += 1
    move = n - 1
    if length:
        before, after = start - 1, n - (start + length)
        move = min(move, 2 * before + after, before + 2 * after)
    return answer + move
