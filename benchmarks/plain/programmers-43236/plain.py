"""Binary search on the smallest gap d: greedily remove each rock closer than d to the last kept point; d works if removals <= n.

Time: O(r log r + r log distance). Space: O(r).
Written plainly: sorted list with the finish appended, a while loop over d, a for loop counting removals.
"""


def solution(distance, rocks, n):
    rocks.sort()
    rocks.append(distance)
    left = 1
    right = distance
    answer = 0
    while left <= right:
        mid = (left + right) // 2
        removed = 0
        prev = 0
        for rock in rocks:
            if rock - prev < mid:
                removed += 1
            else:
                prev = rock
        if removed <= n:
            answer = mid
            left = mid + 1
        else:
            right = mid - 1
    return answer
