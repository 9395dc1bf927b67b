"""42860: counts going down from A as ord('Z') - ord(c), forgetting the press from A to Z (Z costs 0 instead of 1)."""


def solution(name):
    n = len(name)
    answer = sum(min(ord(c) - ord("A"), ord("Z") - ord(c)) for c in name)
    move = n - 1
    for i in range(n):
        j = i + 1
        while j < n and name[j] == "A":
            j += 1
        move = min(move, 2 * i + n - j, i + 2 * (n - j))
    return answer + move
