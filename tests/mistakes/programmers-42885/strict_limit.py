"""42885: lets two people share only when their weights add up to less than the limit (< for <=)."""


def solution(people, limit):
    people = sorted(people)
    light, heavy, boats = 0, len(people) - 1, 0
    while light <= heavy:
        if people[light] + people[heavy] < limit:
            light += 1
        heavy -= 1
        boats += 1
    return boats
