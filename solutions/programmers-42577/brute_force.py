"""List every ordered pair of different numbers, then ask of each: does the first begin the second?

The question asked, pair by pair. Nothing is sorted or hashed, so it shares no
idea with the fast solutions: the oracle. It builds the pairs up front, so at
the maximum it runs out of memory within a second instead of running for hours,
which keeps the kit's run at maximum size cheap.

Time: O(n^2 * L) for numbers of up to L digits. Space: O(n^2).
"""


def solution(phone_book):
    """False when some number begins another, True otherwise."""
    pairs = [(a, b) for a in phone_book for b in phone_book if a != b]  # numbers are distinct
    return not any(b.startswith(a) for a, b in pairs)
