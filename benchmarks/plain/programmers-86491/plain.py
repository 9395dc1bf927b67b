"""Smallest wallet: turn every card so its long side lies across; the wallet is then the
largest long side times the largest short side.

Idea: for each card, the bigger of its two sides is the width and the smaller the height;
keep the maximum width and the maximum height seen.

Time: O(n). Space: O(1).
Written plainly: one for loop with max() and min() per card.
"""


def solution(sizes):
    max_w = 0
    max_h = 0
    for w, h in sizes:
        big = max(w, h)
        small = min(w, h)
        if big > max_w:
            max_w = big
        if small > max_h:
            max_h = small
    return max_w * max_h
