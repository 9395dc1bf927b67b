"""Sort the numbers as text; if a number begins any other, it begins the one right after it.

In lexicographic order the numbers that start with a form one block directly
after a (anything sorted between a and such a number starts with a too), so
checking each number against its next neighbour is enough.

Time: O(L * n log n) for numbers of up to L digits. Space: O(n) for the sorted copy.
"""


def solution(phone_book):
    """True when no number in sorted order begins the next one."""
    ordered = sorted(phone_book)
    return not any(b.startswith(a) for a, b in zip(ordered, ordered[1:]))
