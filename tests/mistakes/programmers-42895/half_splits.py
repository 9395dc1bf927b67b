"""42895: splits k copies as i + (k - i) only for i <= k // 2, so b - a and b // a are missed when the left part is smaller."""


def solution(N, number):
    made = [set() for _ in range(9)]
    for k in range(1, 9):
        made[k].add(int(str(N) * k))
        for i in range(1, k // 2 + 1):
            for a in made[i]:
                for b in made[k - i]:
                    made[k].update((a + b, a - b, a * b))
                    if b:
                        made[k].add(a // b)
        if number in made[k]:
            return k
    return -1
