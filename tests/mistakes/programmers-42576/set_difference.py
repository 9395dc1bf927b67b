"""42576: keeps the names in sets, so namesakes collapse and a missing runner who shares a name is lost."""


def solution(participant, completion):
    return (set(participant) - set(completion)).pop()
