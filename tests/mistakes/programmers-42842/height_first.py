"""42842: returns [height, width], the sides in the order the loop finds them, instead of width first."""


def solution(brown, yellow):
    for b in range(1, int(yellow ** 0.5) + 1):
        if yellow % b == 0 and 2 * (yellow // b + b) + 4 == brown:
            return [b + 2, yellow // b + 2]
    return []
