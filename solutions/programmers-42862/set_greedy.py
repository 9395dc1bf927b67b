"""Settle who lends to themself first, then let each spare go to the left neighbour if it can.

A student in both lists wears their own spare: they neither borrow nor lend.
The remaining lenders, in increasing order, give to the student just before
them when that one needs it, else to the one just after. Going left first is
safe: the student before has no later chance, the one after may still be
served by the next lender.

Time: O(n log n). Space: O(n).
"""


def solution(n, lost, reserve):
    """n minus the students still without a uniform after the greedy loans."""
    need = set(lost) - set(reserve)
    spare = set(reserve) - set(lost)
    for giver in sorted(spare):
        if giver - 1 in need:
            need.remove(giver - 1)
        elif giver + 1 in need:
            need.remove(giver + 1)
    return n - len(need)
