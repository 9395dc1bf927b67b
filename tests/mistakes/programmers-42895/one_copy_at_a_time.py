"""42895: grows every expression by a single N (a + N, a - N, N - a, a * N, a // N, N // a), never joining two compound parts."""


def solution(N, number):
    made = [set() for _ in range(9)]
    for k in range(1, 9):
        made[k].add(int(str(N) * k))
        for a in made[k - 1]:
            made[k].update((a + N, a - N, N - a, a * N, a // N))
            if a:
                made[k].add(N // a)
        if number in made[k]:
            return k
    return -1
