"""42895: loops over range(1, 8), so an answer of exactly 8 copies is never found (returns -1)."""


def solution(N, number):
    made = [set() for _ in range(9)]
    for k in range(1, 8):
        made[k].add(int(str(N) * k))
        for i in range(1, k):
            for a in made[i]:
                for b in made[k - i]:
                    made[k].update((a + b, a - b, a * b))
                    if b:
                        made[k].add(a // b)
        if number in made[k]:
            return k
    return -1
