"""42885: closes the pointers with while light < heavy, so the last person left in the middle gets no boat."""


def solution(people, limit):
    people = sorted(people)
    light, heavy, boats = 0, len(people) - 1, 0
    while light < heavy:
        if people[light] + people[heavy] <= limit:
            light += 1
        heavy -= 1
        boats += 1
    return boats
