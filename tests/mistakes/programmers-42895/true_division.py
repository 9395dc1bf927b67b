"""42895: divides with /, keeping the fraction, though the statement drops the remainder (11 // 2 = 5 is lost)."""


def solution(N, number):
    made = [set() for _ in range(9)]
    for k in range(1, 9):
        made[k].add(int(str(N) * k))
        for i in range(1, k):
            for a in made[i]:
                for b in made[k - i]:
                    made[k].update((a + b, a - b, a * b))
                    if b:
                        made[k].add(a / b)
        if number in made[k]:
            return k
    return -1
