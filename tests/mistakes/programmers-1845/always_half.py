"""1845: returns N/2 always, as if there were always enough different kinds."""


def solution(nums):
    return len(nums) // 2
