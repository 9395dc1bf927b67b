"""Cross each runner off the finishers' list by hand; the one who cannot be crossed off is the answer.

For every participant, look for one still-unmatched finisher with the same name
and strike it out. Duplicate names take care of themselves: each finisher can
be struck once. No hashing, no sorting: the oracle.

Time: O(n^2). Space: O(n) for the copy of the finishers.
"""


def solution(participant, completion):
    """The participant left with no finisher of the same name."""
    finishers = list(completion)
    for name in participant:
        if name in finishers:
            finishers.remove(name)
        else:
            return name
