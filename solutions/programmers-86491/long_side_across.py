"""Turn every card so its longer side lies across; then read off the wallet.

The wallet must be at least as wide as the longest side of all (some card has
it, one way or the other), and once it is, laying each card long side across is
never worse: its short side is the least height it can ask for.

Time: O(n). Space: O(1).
"""


def solution(sizes):
    """Largest long side times largest short side."""
    width = height = 0
    for w, h in sizes:
        width = max(width, w, h)
        height = max(height, min(w, h))
    return width * height
