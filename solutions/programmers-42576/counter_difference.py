"""Count names on both lists; the name counted once more among participants is the answer.

A Counter is a multiset, so two "mislav"s entered and one finished leave one
"mislav" in the difference: exactly the runner who did not finish.

Time: O(n). Space: O(n).
"""

from collections import Counter


def solution(participant, completion):
    """The only name left in participants minus finishers, counted with multiplicity."""
    left = Counter(participant) - Counter(completion)
    return next(iter(left))
