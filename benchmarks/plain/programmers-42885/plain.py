"""Sort, then two pointers: the heaviest person boards each boat, with the lightest one if both fit.

Time: O(n log n). Space: O(n) for the sort.
Written plainly: people.sort(), a while loop with a left and a right index.
"""


def solution(people, limit):
    people.sort()
    left = 0
    right = len(people) - 1
    answer = 0
    while left <= right:
        if people[left] + people[right] <= limit:
            left += 1
        right -= 1
        answer += 1
    return answer
