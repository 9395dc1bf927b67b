"""42895: tries a ninth copy too (range(1, 10)) and returns 9 instead of -1 when 8 are not enough."""


def solution(N, number):
    made = [set() for _ in range(10)]
    for k in range(1, 10):
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
