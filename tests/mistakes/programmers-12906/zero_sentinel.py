"""12906: starts with prev = 0 as "nothing kept yet", so a leading run of zeros disappears."""


def solution(arr):
    answer = []
    prev = 0
    for x in arr:
        if x != prev:
            answer.append(x)
        prev = x
    return answer
