"""42860: compares straight with right-then-back only (2i + n - j), the formula that passed before 2022-01-14; never goes left first."""


def solution(name):
    n = len(name)
    answer = sum(min(ord(c) - ord("A"), ord("Z") - ord(c) + 1) for c in name)
    move = n - 1
    for i in range(n):
        j = i + 1
        while j < n and name[j] == "A":
            j += 1
        move = min(move, 2 * i + n - j)
    return answer + move
