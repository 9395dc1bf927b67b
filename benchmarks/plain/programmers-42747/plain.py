"""Sort the citations largest first; the i-th paper (from 1) supports h = i while it has at
least i citations, and h is the last i that passes.

Time: O(n log n). Space: O(n).
Written plainly: sort(reverse=True), a for loop over ranks with a break.
"""


def solution(citations):
    citations.sort(reverse=True)
    answer = 0
    for i in range(len(citations)):
        if citations[i] >= i + 1:
            answer = i + 1
        else:
            break
    return answer
