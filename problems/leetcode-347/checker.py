"""Top K Frequent Elements' checker: the k values may come in any order.

Judged against the input: k different values of nums, none of them occurring less
often than a value left out (the statement promises that only one such set exists).
"""
from collections import Counter


def check(input, expected, got):
    """Accept the k most frequent values in any order; else say why not."""
    nums, k = input["nums"], input["k"]
    if not isinstance(got, list) or not all(type(x) is int for x in got):
        return f"expected a list of integers, got {got!r}"[:200]
    if len(got) != k:
        return f"expected {k} values, got {len(got)}"
    if len(set(got)) != len(got):
        return f"a value is returned twice: {sorted(x for x, c in Counter(got).items() if c > 1)[:3]}"
    counts = Counter(nums)
    for x in got:
        if x not in counts:
            return f"{x} is not in nums"
    left_out = set(counts) - set(got)
    if left_out:
        weakest = min(got, key=counts.__getitem__)
        strongest = max(left_out, key=counts.__getitem__)
        if counts[strongest] >= counts[weakest]:
            return (f"{weakest} occurs {counts[weakest]} time(s), but {strongest}, left out, "
                    f"occurs {counts[strongest]} time(s)")
    return True
