"""Work out the day each feature is finished, then walk the line: a feature ships with the
current release if it is done by the release's day, otherwise it starts a new release.

Time: O(n). Space: O(n).
Written plainly: math.ceil for the days, a list of days, a loop with a counter.
"""

import math


def solution(progresses, speeds):
    days = []
    for i in range(len(progresses)):
        days.append(math.ceil((100 - progresses[i]) / speeds[i]))

    answer = []
    release_day = days[0]
    count = 0
    for day in days:
        if day <= release_day:
            count += 1
        else:
            answer.append(count)
            release_day = day
            count = 1
    answer.append(count)
    return answer
