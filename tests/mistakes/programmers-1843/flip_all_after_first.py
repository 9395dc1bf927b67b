"""1843: assumes one bracket after the first minus makes every later number positive: head - x + all the rest."""


def solution(arr):
    signs = arr[1::2]
    numbers = [int(x) for x in arr[::2]]
    if "-" not in signs:
        return sum(numbers)
    first = signs.index("-") + 1
    return sum(numbers[:first]) - numbers[first] + sum(numbers[first + 1:])
