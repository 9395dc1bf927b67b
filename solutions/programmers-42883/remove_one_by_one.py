"""Remove one digit k times: each time the first digit smaller than the next, else the last.

Each removal is the right greedy step, but it rescans and rebuilds the string,
so it repeats the stack's work k times over.

Time: O(n * k). Space: O(n).
"""


def solution(number, k):
    """k greedy removals, one pass over the string each."""
    for _ in range(k):
        for i in range(len(number) - 1):
            if number[i] < number[i + 1]:
                number = number[:i] + number[i + 1:]
                break
        else:
            number = number[:-1]
    return number
