"""Every expression, read literally: a row of operands (runs of N: 5, 55, 555...) and every bracketing of it.

An expression with k copies of N is a sequence of runs whose lengths add up to k,
joined by operators and brackets in any shape. For each such sequence, the values of
every bracketing come from splitting it at each gap, memoised by the sequence itself.
Division drops the remainder with Python's //. It splits by operand sequence, not by
count, so it judges the count-based solutions.

Time: O(2^8 sequences, each split at every gap), about 0.1 s when nothing up to 8 works.
Space: O(the value sets of all 255 sequences).
"""

from functools import cache


def solution(N, number):
    """The fewest copies of N that make number, or -1 if more than 8 are needed."""

    @cache
    def values(runs):
        """Every value of every bracketing of the operand sequence runs (a tuple of run lengths)."""
        if len(runs) == 1:
            return {int(str(N) * runs[0])}
        out = set()
        for cut in range(1, len(runs)):
            for a in values(runs[:cut]):
                for b in values(runs[cut:]):
                    out.update((a + b, a - b, a * b))
                    if b:
                        out.add(a // b)
        return out

    def sequences(k):
        """Every tuple of positive run lengths adding up to k."""
        if k == 0:
            yield ()
        for first in range(1, k + 1):
            for rest in sequences(k - first):
                yield (first,) + rest

    for k in range(1, 9):
        if any(number in values(runs) for runs in sequences(k)):
            return k
    return -1
