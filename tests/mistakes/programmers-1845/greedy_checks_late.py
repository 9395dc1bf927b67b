"""1845: a greedy walk that checks whether the bag is over-full only after adding, so it takes N/2 + 1 kinds."""


def solution(nums):
    bag = set()
    for kind in nums:
        if len(bag) > len(nums) // 2:
            break
        bag.add(kind)
    return len(bag)
