"""42842: the divisor loop stops before the square root, so a square inside (yellow = 1, 4, 9, ...) is never found."""


def solution(brown, yellow):
    for b in range(1, int(yellow ** 0.5)):
        if yellow % b == 0 and 2 * (yellow // b + b) + 4 == brown:
            return [yellow // b + 2, b + 2]
    return []
