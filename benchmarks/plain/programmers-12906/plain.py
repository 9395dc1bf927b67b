"""Walk through arr and append each number unless it equals the last number appended.

Time: O(n). Space: O(n) for the answer.
Written plainly: a for loop over range(len(arr)) with an explicit empty check, list.append.
"""


def solution(arr):
    answer = []
    for i in range(len(arr)):
        if len(answer) == 0:
            answer.append(arr[i])
        elif answer[-1] != arr[i]:
            answer.append(arr[i])
    return answer
