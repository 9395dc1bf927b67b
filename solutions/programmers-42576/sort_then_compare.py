"""Sort both lists and walk them side by side; the first place they differ names the runner.

After sorting, the finishers are the participants with one name removed, so the
lists agree up to the missing runner's position. If they agree all the way, the
missing runner is the last participant.

Time: O(n log n). Space: O(n) for the sorted copies.
"""


def solution(participant, completion):
    """The first sorted participant that the sorted finishers do not match, else the last one."""
    entered, finished = sorted(participant), sorted(completion)
    for p, c in zip(entered, finished):
        if p != c:
            return p
    return entered[-1]
