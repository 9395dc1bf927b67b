"""Use the answer as a stack: push a number unless it equals the top.

The top of the stack is the last number kept, which is also the number just
before this one in arr (a repeat of it was not pushed), so one comparison
decides each element.

Time: O(n). Space: O(n) for the answer.
"""


def solution(arr):
    """Keep each number that differs from the last number kept."""
    kept = []
    for x in arr:
        if not kept or kept[-1] != x:
            kept.append(x)
    return kept
