"""Sort; the heaviest person always boards, with the lightest one if the two fit.

If the lightest cannot ride with the heaviest, nobody can, so the heaviest
rides alone. If they fit, pairing them is never worse than any other pairing
(swap partners in an optimal plan). Pointers from both ends settle one boat each step.

Time: O(n log n). Space: O(n) for the sorted copy.
"""


def solution(people, limit):
    """Boats used while the two pointers close in."""
    people = sorted(people)
    light, heavy = 0, len(people) - 1
    boats = 0
    while light <= heavy:
        if people[light] + people[heavy] <= limit:
            light += 1
        heavy -= 1
        boats += 1
    return boats
