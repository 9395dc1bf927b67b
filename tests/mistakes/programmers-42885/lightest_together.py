"""42885: sorts and pairs neighbours, the two lightest first, which wastes light people the heavy ones needed."""


def solution(people, limit):
    people = sorted(people)
    boats, i = 0, 0
    while i < len(people):
        if i + 1 < len(people) and people[i] + people[i + 1] <= limit:
            i += 2
        else:
            i += 1
        boats += 1
    return boats
