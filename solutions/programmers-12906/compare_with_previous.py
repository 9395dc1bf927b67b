"""Keep the first element, then every element that differs from its predecessor in arr.

Pairs each element with the one before it (zip with a one-step shift), so no
state is carried between steps.

Time: O(n). Space: O(n) for the answer.
"""


def solution(arr):
    """The first element and each element unlike the one before it."""
    return arr[:1] + [x for prev, x in zip(arr, arr[1:]) if x != prev]
