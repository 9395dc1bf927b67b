"""1845: returns the number of kinds and forgets that only N/2 monsters may be taken."""


def solution(nums):
    return len(set(nums))
