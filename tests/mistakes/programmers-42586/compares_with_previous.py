"""42586: starts a new release when a feature finishes after the feature just before it, not after the release's first one."""

import math


def solution(progresses, speeds):
    days = [math.ceil((100 - p) / s) for p, s in zip(progresses, speeds)]
    answer = [1]
    for prev, day in zip(days, days[1:]):
        if day <= prev:
            answer[-1] += 1
        else:
            answer.append(1)
    return answer
