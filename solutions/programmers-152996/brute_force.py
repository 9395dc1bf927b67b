"""Try every pair of people and every pair of seats.

Two people balance when weight_a * seat_a == weight_b * seat_b for some seats
in {2, 3, 4} metres. This is the definition read literally, which makes it the
oracle: it shares no insight with the faster solutions.

Time: O(n^2). Space: O(1).
"""

SEATS = (2, 3, 4)


def solution(weights):
    """Count pairs i < j that balance on some pair of seats."""
    n = len(weights)
    return sum(1
               for i in range(n)
               for j in range(i + 1, n)
               if any(weights[i] * a == weights[j] * b for a in SEATS for b in SEATS))
