"""42842: returns the yellow inside's width and height, forgetting the brown border around it."""


def solution(brown, yellow):
    for b in range(1, int(yellow ** 0.5) + 1):
        if yellow % b == 0 and 2 * (yellow // b + b) + 4 == brown:
            return [yellow // b, b]
    return []
