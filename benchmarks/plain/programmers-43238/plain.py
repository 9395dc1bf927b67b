"""Binary search on the time T: the desks examine sum(T // times[i]) people; find the least T reaching n.

The upper end is max(times) * n (everyone at the slowest desk), up to 10^18.

Time: O(m log(n * max(times))), about 60 rounds over the m desks. Space: O(1).
Written plainly: a while loop with left/right/answer, a for loop adding up each desk, no early break.
"""


def solution(n, times):
    left = 1
    right = max(times) * n
    answer = right
    while left <= right:
        mid = (left + right) // 2
        people = 0
        for t in times:
            people += mid // t
        if people >= n:
            answer = mid
            right = mid - 1
        else:
            left = mid + 1
    return answer
