"""1845: caps with len(nums) / 2, a float, so it returns 2.0 where the answer is the int 2."""


def solution(nums):
    return min(len(set(nums)), len(nums) / 2)
