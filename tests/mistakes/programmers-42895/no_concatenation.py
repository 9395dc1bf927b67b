"""42895: uses only N itself as an operand, never the concatenations 55, 555, ..."""


def solution(N, number):
    made = [set() for _ in range(9)]
    made[1].add(N)
    if number == N:
        return 1
    for k in range(2, 9):
        for i in range(1, k):
            for a in made[i]:
                for b in made[k - i]:
                    made[k].update((a + b, a - b, a * b))
                    if b:
                        made[k].add(a // b)
        if number in made[k]:
            return k
    return -1
