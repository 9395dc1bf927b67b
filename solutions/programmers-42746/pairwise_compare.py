"""Sort with a comparator: a goes before b when a + b > b + a as text.

This order is transitive, and any order that is not sorted by it has two
neighbours whose swap makes the number larger. An all-zero list gives "000...",
which must read "0".

Time: O(n log n) comparisons of short strings. Space: O(n).
"""

from functools import cmp_to_key


def solution(numbers):
    """Concatenate the numbers in the order that puts the better pair first."""
    texts = sorted(map(str, numbers), key=cmp_to_key(lambda a, b: (b + a > a + b) - (b + a < a + b)))
    return "0" if texts[0] == "0" else "".join(texts)
