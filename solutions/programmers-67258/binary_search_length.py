"""Binary-search the window length: a length works when some window of it holds every kind.

For a given length, one pass slides a fixed window with counts per kind and
returns the first start that holds every kind; the smallest working length and
its first start are the answer.

Time: O(n log n). Space: O(k) for k kinds.
"""


def first_full_window(gems, length, kinds):
    """The first 0-based start of a window of ``length`` holding all ``kinds`` kinds, or None."""
    inside = {}
    for end, gem in enumerate(gems):
        inside[gem] = inside.get(gem, 0) + 1
        if end >= length:
            left = gems[end - length]
            inside[left] -= 1
            if inside[left] == 0:
                del inside[left]
        if end >= length - 1 and len(inside) == kinds:
            return end - length + 1
    return None


def solution(gems):
    """The shortest window [start, end] (1-based) holding every kind of gem, leftmost on ties."""
    kinds = len(set(gems))
    low, high = kinds, len(gems)
    while low < high:
        mid = (low + high) // 2
        if first_full_window(gems, mid, kinds) is None:
            low = mid + 1
        else:
            high = mid
    start = first_full_window(gems, low, kinds)
    return [start + 1, start + low]
