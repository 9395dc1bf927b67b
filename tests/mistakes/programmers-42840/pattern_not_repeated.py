"""42840: compares with zip(answers, pattern), which stops at the pattern's end instead of repeating it."""

PATTERNS = ([1, 2, 3, 4, 5], [2, 1, 2, 3, 2, 4, 2, 5], [3, 3, 1, 1, 2, 2, 4, 4, 5, 5])


def solution(answers):
    scores = [sum(a == g for a, g in zip(answers, p)) for p in PATTERNS]
    best = max(scores)
    return [student for student, score in enumerate(scores, 1) if score == best]
