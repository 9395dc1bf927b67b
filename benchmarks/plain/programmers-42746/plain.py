"""Sort the numbers as strings with a comparator: a goes before b when a+b > b+a as text;
join them, and turn all zeros into "0".

Time: O(n log n) comparisons of strings of at most 8 characters. Space: O(n).
Written plainly: functools.cmp_to_key with a small compare function, no x*3 key trick.
"""

from functools import cmp_to_key


def compare(a, b):
    if a + b > b + a:
        return -1
    elif a + b < b + a:
        return 1
    else:
        return 0


def solution(numbers):
    strings = []
    for number in numbers:
        strings.append(str(number))
    strings.sort(key=cmp_to_key(compare))
    answer = "".join(strings)
    if answer[0] == "0":
        return "0"
    return answer
