"""One pass from the right over the groups that each minus sign starts.

Cut the expression at its minus signs: a head (numbers before the first minus,
always added) and groups "- x + y + ...", each with its first number x and sum s.
For the rest of the expression from a group on, keep the largest and smallest value
it can add. The largest is -(s + smallest of the rest), one bracket over everything
after the minus, or -x + (s - x) + largest of the rest, a bracket round x alone; the
smallest is -(s + largest of the rest) or -s + smallest of the rest.

Time: O(k) for k numbers. Space: O(1).
"""


def solution(arr):
    """The largest value over all orders of evaluation of arr."""
    hi = lo = 0  # what the part after the current group can add, at most and at least
    group = 0    # sum of the numbers since the last minus seen (scanning right to left)
    for i in range(len(arr) - 1, -1, -1):
        token = arr[i]
        if token == "-":
            first = int(arr[i + 1])
            hi, lo = (max(-(group + lo), -first + (group - first) + hi),
                      min(-(group + hi), -group + lo))
            group = 0
        elif token != "+":
            group += int(token)
    return group + hi
