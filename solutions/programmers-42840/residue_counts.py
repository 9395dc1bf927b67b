"""Count the answers by position modulo 40, then score each pattern on 40 positions.

All three patterns repeat every lcm(5, 8, 10) = 40 questions, so question i
scores exactly like question i % 40: one pass counts (i % 40, answer) pairs and
the scores come from 40 lookups per student, however long the test.

Time: O(n). Space: O(1) (a 40 by 5 table).
"""

PATTERNS = ([1, 2, 3, 4, 5], [2, 1, 2, 3, 2, 4, 2, 5], [3, 3, 1, 1, 2, 2, 4, 4, 5, 5])
PERIOD = 40


def solution(answers):
    """Top scorers in ascending order, scored from the residue table."""
    count = [[0] * 6 for _ in range(PERIOD)]
    for i, a in enumerate(answers):
        count[i % PERIOD][a] += 1
    scores = [sum(count[r][p[r % len(p)]] for r in range(PERIOD)) for p in PATTERNS]
    return [student for student, score in enumerate(scores, 1) if score == max(scores)]
