"""Menu renewal: for each course size, count every combination of that size taken from each
(sorted) order, and keep the most ordered combinations if they were ordered at least twice.

Idea: sort each order's dishes, then for every size c in course use
itertools.combinations to list the c-dish combinations of every order and count them in a
dict. The combinations with the top count (at least 2) join the answer, which is sorted at
the end.

Time: O(sum over orders and sizes of C(len(order), c)), at most 20 * 2^10 combinations,
each joined into a string of up to 10 letters. Space: the same, for the counts.
Written plainly: a new dict per course size, "".join per combination, a max() then a filter loop.
"""

from itertools import combinations


def solution(orders, course):
    answer = []
    for c in course:
        count = {}
        for order in orders:
            dishes = sorted(order)
            for combo in combinations(dishes, c):
                key = "".join(combo)
                if key in count:
                    count[key] += 1
                else:
                    count[key] = 1
        if len(count) == 0:
            continue
        best = max(count.values())
        if best < 2:
            continue
        for key in count:
            if count[key] == best:
                answer.append(key)
    answer.sort()
    return answer
