"""42586: computes the finishing day as (100 - p) // s + 1, one day late whenever the division is exact."""


def solution(progresses, speeds):
    answer, first_day = [], 0
    for p, s in zip(progresses, speeds):
        day = (100 - p) // s + 1
        if answer and day <= first_day:
            answer[-1] += 1
        else:
            answer.append(1)
            first_day = day
    return answer
