"""Add up the hash of every participant and subtract every finisher's: what is left is the runner's hash.

Equal names hash equally, so every finisher cancels one participant of the same
name, duplicates included. A dict from hash to name turns the leftover back
into the name.

Time: O(n). Space: O(n) for the dict.
"""


def solution(participant, completion):
    """The name whose hash survives the subtraction."""
    by_hash = {}
    total = 0
    for name in participant:
        by_hash[hash(name)] = name
        total += hash(name)
    for name in completion:
        total -= hash(name)
    return by_hash[total]
