"""Build every arrangement of 1 to all pieces with itertools.permutations, keep the numbers
in a set, and test each by trial division up to its square root.

Time: O(P * sqrt(M)) for P <= 13,699 arrangements of up to 7 pieces and M < 10^7. Space: O(P).
Written plainly: permutations per length, int(''.join(...)) into a set, an is_prime function
with a for loop to int(sqrt(x)) + 1.
"""

import math
from itertools import permutations


def is_prime(x):
    if x < 2:
        return False
    for d in range(2, int(math.sqrt(x)) + 1):
        if x % d == 0:
            return False
    return True


def solution(numbers):
    candidates = set()
    for length in range(1, len(numbers) + 1):
        for p in permutations(numbers, length):
            candidates.add(int("".join(p)))
    answer = 0
    for x in candidates:
        if is_prime(x):
            answer += 1
    return answer
