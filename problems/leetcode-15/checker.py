"""3Sum's checker: the triplets may come in any order, and so may the three numbers in each.

An answer is right when it lists, without repeats, exactly the sets of three values
at three different positions of nums that sum to 0. The oracle's answer (expected)
is that complete list; each triplet is compared as a sorted tuple.
"""
from collections import Counter


def _triplet(item):
    """item as a sorted tuple of three ints, or None when it is not three ints."""
    if not isinstance(item, (list, tuple)) or len(item) != 3 or not all(type(x) is int for x in item):
        return None
    return tuple(sorted(item))


def check(input, expected, got):
    """Accept exactly the zero-sum triplets of nums, each once, in any order; else say why not."""
    if not isinstance(got, (list, tuple)):
        return f"expected a list of triplets, got {got!r}"
    available = Counter(input["nums"])
    right = {tuple(sorted(t)) for t in expected}
    seen = set()
    for item in got:
        triplet = _triplet(item)
        if triplet is None:
            return f"expected each triplet to be a list of three integers, got {item!r}"
        if sum(triplet) != 0:
            return f"{list(item)} sums to {sum(triplet)}, not 0"
        for value in set(triplet):
            uses = triplet.count(value)
            if uses > available[value]:
                return f"{list(item)} uses {value} {uses} times, but nums holds it {available[value]} time(s)"
        if triplet in seen:
            return f"{list(item)} is listed twice (the same three values in some order)"
        seen.add(triplet)
    missing = sorted(right - seen)
    if missing:
        return f"{len(missing)} triplet(s) missing, e.g. {list(missing[0])}; got {len(seen)} of {len(right)}"
    return True
