"""Walk the line of monsters, taking each one of a kind not yet taken, until N/2 are taken.

Repeats never add a kind, so a new kind is always worth taking; the walk stops
as soon as the bag is full. The kinds are marked in an array indexed by kind
number (1 to 200,000), so no hashing at all.

Time: O(n + K) for K = 200,000 possible kinds. Space: O(K).
"""

MAX_KIND = 200_000


def solution(nums):
    """Kinds taken by the greedy walk."""
    taken = [False] * (MAX_KIND + 1)
    room, kinds = len(nums) // 2, 0
    for kind in nums:
        if kinds == room:
            break
        if not taken[kind]:
            taken[kind] = True
            kinds += 1
    return kinds
