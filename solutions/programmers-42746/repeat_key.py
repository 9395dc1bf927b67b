"""Sort by each number's text repeated three times, largest first.

With at most four digits per number (0..1000), comparing a*3 with b*3 gives the
same order as comparing a + b with b + a: the repetition is long enough that
the first difference appears within it. The key is computed once per number.

Time: O(n log n). Space: O(n).
"""


def solution(numbers):
    """Largest concatenation via the key text * 3; all zeros give "0"."""
    texts = sorted(map(str, numbers), key=lambda text: text * 3, reverse=True)
    return "0" if texts[0] == "0" else "".join(texts)
