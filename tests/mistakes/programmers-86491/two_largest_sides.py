"""86491: multiplies the two largest numbers overall, wrong when the second largest is another card's long side."""


def solution(sizes):
    sides = sorted((side for card in sizes for side in card), reverse=True)
    return sides[0] * sides[1]
