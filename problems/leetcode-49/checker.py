"""Group Anagrams' checker: the groups and the words inside them may come in any order.

Judged against the input alone: the groups must hold exactly the input's words (repeats
included), each group one class of anagrams, and no class spread over two groups.
"""
from collections import Counter


def check(input, expected, got):
    """Accept any order of the right groups and of the words in them; else say why not."""
    strs = input["strs"]
    if not isinstance(got, list):
        return f"expected a list of groups, got {type(got).__name__}"
    for i, group in enumerate(got):
        if not isinstance(group, list):
            return f"group {i} is {type(group).__name__} {group!r}, not a list of words"
        if not group:
            return f"group {i} is empty"
        for word in group:
            if not isinstance(word, str):
                return f"group {i} holds {word!r}, not a word"
    given, returned = Counter(strs), Counter(word for group in got for word in group)
    if given != returned:
        missing, extra = given - returned, returned - given
        if missing:
            word, times = next(iter(missing.items()))
            return f"{word!r} is missing {times} time(s) from the groups"
        word, times = next(iter(extra.items()))
        return f"{word!r} is in the groups {times} time(s) more than in strs"
    owner = {}
    for i, group in enumerate(got):
        key = sorted(group[0])
        for word in group[1:]:
            if sorted(word) != key:
                return f"group {i} holds {group[0]!r} and {word!r}, which are not anagrams"
        key = "".join(key)
        if key in owner:
            return f"anagrams {got[owner[key]][0]!r} and {group[0]!r} are split over groups {owner[key]} and {i}"
        owner[key] = i
    return True
