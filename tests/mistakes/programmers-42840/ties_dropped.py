"""42840: returns only the first student with the top score, dropping the others tied with them."""

PATTERNS = ([1, 2, 3, 4, 5], [2, 1, 2, 3, 2, 4, 2, 5], [3, 3, 1, 1, 2, 2, 4, 4, 5, 5])


def solution(answers):
    scores = [sum(a == p[i % len(p)] for i, a in enumerate(answers)) for p in PATTERNS]
    return [scores.index(max(scores)) + 1]
