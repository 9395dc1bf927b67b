"""42862: never settles lost ∩ reserve first, so a student with a spare who was robbed lends it away or borrows another."""


def solution(n, lost, reserve):
    answer = n - len(lost)
    spare = sorted(reserve)
    for student in sorted(lost):
        for giver in (student - 1, student + 1):
            if giver in spare:
                spare.remove(giver)
                answer += 1
                break
    return answer
