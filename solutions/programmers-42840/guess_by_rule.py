"""Work out each student's guess from the rule in words, score them, and rank.

Student 1 counts 1..5; student 2 says 2 on every odd-numbered question and
cycles 1, 3, 4, 5 in between; student 3 says each of 3, 1, 2, 4, 5 twice in a
row. The ranking sorts (score, number) pairs instead of comparing with a maximum.

Time: O(n). Space: O(1).
"""


def guess(student, i):
    """The answer student 1, 2 or 3 picks for question i (0-based)."""
    if student == 1:
        return i % 5 + 1
    if student == 2:
        return 2 if i % 2 == 0 else (1, 3, 4, 5)[i // 2 % 4]
    return (3, 1, 2, 4, 5)[i // 2 % 5]


def solution(answers):
    """Numbers of the students tied for the best score, ascending."""
    scores = {s: sum(guess(s, i) == a for i, a in enumerate(answers)) for s in (1, 2, 3)}
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    return [s for s, score in ranked if score == ranked[0][1]]
