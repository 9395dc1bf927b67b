"""Try every way to pair people up, two to a boat at most, and count the fewest boats.

The first person still waiting either rides alone or shares with someone who
fits beside them; recurse on the rest and keep the best. Nothing is sorted or
assumed about who should pair with whom, so it judges the greedy solutions.

Time: O(number of matchings), exponential in n. Space: O(n).
"""

import sys

sys.setrecursionlimit(200_000)  # one level per boat: up to 50,000 deep


def solution(people, limit):
    """The fewest boats over every pairing, by exhaustive recursion."""
    def boats(waiting):
        """Fewest boats for the tuple of weights still waiting."""
        if not waiting:
            return 0
        first, rest = waiting[0], waiting[1:]
        best = 1 + boats(rest)
        for i, other in enumerate(rest):
            if first + other <= limit:
                best = min(best, 1 + boats(rest[:i] + rest[i + 1:]))
        return best
    return boats(tuple(people))
