"""86491: never turns a card, so the wallet is the widest w times the tallest h as given."""


def solution(sizes):
    return max(w for w, _ in sizes) * max(h for _, h in sizes)
