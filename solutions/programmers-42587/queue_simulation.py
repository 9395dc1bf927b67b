"""Act out the scheduler on a list of (priority, index) pairs.

Take the front; if anything left in the queue has a higher priority, put it at
the back, otherwise it runs. Count the runs until the wanted index runs. This
is the statement step by step, which makes it the oracle.

Time: O(n^2): at most one trip round the queue per priority level, so about 10n
pops, each scanning the queue. Space: O(n).
"""


def solution(priorities, location):
    """The 1-based turn at which the process first at ``location`` runs."""
    queue = [(p, i) for i, p in enumerate(priorities)]
    runs = 0
    while True:
        p, i = queue.pop(0)
        if any(q > p for q, _ in queue):
            queue.append((p, i))
        else:
            runs += 1
            if i == location:
                return runs
