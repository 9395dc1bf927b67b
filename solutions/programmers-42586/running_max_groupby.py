"""The day feature i ships is the running maximum of the finishing days up to i.

Features released together share that shipping day, and shipping days never
decrease, so the releases are the runs of equal values in the running maximum.

Time: O(n). Space: O(n).
"""

from itertools import accumulate, groupby
from math import ceil


def solution(progresses, speeds):
    """Lengths of the runs of equal shipping days."""
    days = (ceil((100 - p) / s) for p, s in zip(progresses, speeds))
    return [len(list(run)) for _, run in groupby(accumulate(days, max))]
