"""Gem shopping: two pointers over the shelf with a dict counting the gems in the window.

Idea: move the end pointer right, adding gems, until the window holds every kind; then move
the start pointer right while the window still holds every kind. Every window found this
way is a candidate; keep the shortest, the leftmost on a tie.

Time: O(n). Space: O(k) for k kinds of gem.
Written plainly: a dict of counts, a while loop with two indices, a del when a count hits 0.
"""


def solution(gems):
    kinds = len(set(gems))
    n = len(gems)
    answer = [1, n]

    count = {}
    start = 0
    for end in range(n):
        if gems[end] in count:
            count[gems[end]] += 1
        else:
            count[gems[end]] = 1

        while len(count) == kinds:
            if end - start < answer[1] - answer[0]:
                answer = [start + 1, end + 1]
            count[gems[start]] -= 1
            if count[gems[start]] == 0:
                del count[gems[start]]
            start += 1

    return answer
