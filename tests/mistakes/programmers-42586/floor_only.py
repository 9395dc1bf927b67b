"""42586: computes the finishing day as (100 - p) // s, one day early whenever there is a remainder."""


def solution(progresses, speeds):
    answer, first_day = [], 0
    for p, s in zip(progresses, speeds):
        day = (100 - p) // s
        if answer and day <= first_day:
            answer[-1] += 1
        else:
            answer.append(1)
            first_day = day
    return answer
