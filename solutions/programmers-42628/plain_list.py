"""Keep the numbers in a plain list; find the largest or smallest with max() or min() when asked.

The queue is exactly the list of numbers inserted and not yet deleted, so this
is the statement read literally: the oracle. Each deletion scans and shifts the
whole list.

Time: O(n * q) for q numbers in the queue. Space: O(q).
"""


def solution(operations):
    """[largest, smallest] left after all operations, or [0, 0] when nothing is left."""
    queue = []
    for operation in operations:
        command, value = operation.split()
        if command == "I":
            queue.append(int(value))
        elif queue:  # deleting from an empty queue is ignored
            queue.remove(max(queue) if value == "1" else min(queue))
    return [max(queue), min(queue)] if queue else [0, 0]
