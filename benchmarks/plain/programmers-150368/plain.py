"""Brute force: try every assignment of 10/20/30/40% to the emoticons (itertools.product,
4^m plans), and for each plan let every user add up the discounted prices they would buy;
keep the best (subscribers, sales).

Time: O(4^m * n * m) for n users and m emoticons. Space: O(m).
Written plainly: itertools.product, a loop per user and an inner loop per emoticon that
computes the discounted price on the spot, a comparison of [subscribers, sales] lists.
"""
from itertools import product


def solution(users, emoticons):
    answer = [0, 0]
    for discounts in product([10, 20, 30, 40], repeat=len(emoticons)):
        plus = 0
        sales = 0
        for rate, price in users:
            total = 0
            for i in range(len(emoticons)):
                if discounts[i] >= rate:
                    total += emoticons[i] * (100 - discounts[i]) // 100
            if total >= price:
                plus += 1
            else:
                sales += total
        if plus > answer[0] or (plus == answer[0] and sales > answer[1]):
            answer = [plus, sales]
    return answer
