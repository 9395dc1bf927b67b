"""Count uniforms per student (0, 1 or 2), then walk the line and borrow from the left, else the right.

A student with 0 first asks the one before (who can give only if they have 2), then the
one after. Going left first is safe: the student before has no later chance to lend.

Time: O(n + len(lost) + len(reserve)). Space: O(n).
Written plainly: a list of counts with padding at both ends, one for loop over the students.
"""


def solution(n, lost, reserve):
    clothes = [1] * (n + 2)
    for x in lost:
        clothes[x] -= 1
    for x in reserve:
        clothes[x] += 1
    for i in range(1, n + 1):
        if clothes[i] == 0:
            if clothes[i - 1] == 2:
                clothes[i - 1] -= 1
                clothes[i] += 1
            elif clothes[i + 1] == 2:
                clothes[i + 1] -= 1
                clothes[i] += 1
    answer = 0
    for i in range(1, n + 1):
        if clothes[i] >= 1:
            answer += 1
    return answer
