"""Count the different kinds with a set; the answer is the smaller of that and N/2.

Time: O(n). Space: O(n).
Written plainly: a set filled in a for loop, then an if/else instead of min().
"""


def solution(nums):
    kinds = set()
    for num in nums:
        kinds.add(num)
    pick = len(nums) // 2
    if len(kinds) >= pick:
        answer = pick
    else:
        answer = len(kinds)
    return answer
