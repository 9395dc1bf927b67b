"""42862: sweeps the students in need from the front but borrows from the one behind (i + 1) before the one in front."""


def solution(n, lost, reserve):
    need = sorted(set(lost) - set(reserve))
    spare = set(reserve) - set(lost)
    helped = 0
    for student in need:
        for giver in (student + 1, student - 1):
            if giver in spare:
                spare.remove(giver)
                helped += 1
                break
    return n - len(need) + helped
