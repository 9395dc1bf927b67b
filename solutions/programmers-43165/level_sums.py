"""Breadth-first by level: keep the list of every running total after each number.

After number i the list holds 2^(i+1) totals (repeats included, one per sign
vector); the answer counts the target in the last list.

Time: O(2^n). Space: O(2^n).
"""


def solution(numbers, target):
    """Count the target among the 2^n totals built one number at a time."""
    totals = [0]
    for x in numbers:
        totals = [t + x for t in totals] + [t - x for t in totals]
    return totals.count(target)
