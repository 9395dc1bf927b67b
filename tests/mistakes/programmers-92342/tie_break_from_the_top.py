"""Breaks ties in the margin by comparing the arrows from 10 points down, not from 0 points up."""


def solution(n, info):
    best_key, best = None, [-1]
    for mask in range(1 << 10):
        ryan = [info[i] + 1 if mask >> i & 1 else 0 for i in range(10)]
        if sum(ryan) > n:
            continue
        ryan.append(n - sum(ryan))
        margin = sum(10 - i if ryan[i] > info[i] else -(10 - i) if info[i] else 0 for i in range(11))
        key = (margin, ryan)
        if margin > 0 and (best_key is None or key > best_key):
            best_key, best = key, ryan
    return best
