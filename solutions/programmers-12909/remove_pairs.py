"""Delete adjacent "()" pairs until none is left; balanced means nothing remains.

A balanced string always contains an adjacent "()" whose removal leaves a balanced
string, and an unbalanced one never becomes empty this way. This is the grammar
read backwards, with no counting at all, which makes it the oracle.

Time: O(n^2) for deep nesting (one pair per pass). Space: O(n).
"""


def solution(s):
    """True when repeatedly erasing "()" empties the string."""
    while "()" in s:
        s = s.replace("()", "")
    return s == ""
