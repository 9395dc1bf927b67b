"""Count how often each value 1..100 occurs in the slice, then walk the counts up to the k-th.

Values are at most 100, so counting replaces sorting.

Time: O(c * (n + 100)) for c commands. Space: O(100).
"""


def solution(array, commands):
    """The k-th smallest of each slice, found by counting values."""
    answer = []
    for i, j, k in commands:
        count = [0] * 101
        for value in array[i - 1:j]:
            count[value] += 1
        for value, times in enumerate(count):
            k -= times
            if k <= 0:
                answer.append(value)
                break
    return answer
