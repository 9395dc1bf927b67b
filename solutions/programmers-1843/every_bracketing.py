"""Evaluate every bracketing: split at each operator, combine every result of the left with every result of the right.

An expression's bracketings are exactly: pick the operator applied last, then any
bracketing of each side. Listing all their values and taking the largest is the
statement read literally, so it judges the min/max tables.

Time: O(Catalan(k) * k) for k numbers, exponential. Space: the values of one split.
"""


def solution(arr):
    """The largest value over all orders of evaluation of arr."""
    numbers = [int(x) for x in arr[::2]]
    signs = arr[1::2]

    def values(i, j):
        """Every value numbers[i..j] can take, with signs[i..j-1] between them."""
        if i == j:
            return [numbers[i]]
        out = []
        for k in range(i, j):
            for a in values(i, k):
                for b in values(k + 1, j):
                    out.append(a + b if signs[k] == "+" else a - b)
        return out

    return max(values(0, len(numbers) - 1))
