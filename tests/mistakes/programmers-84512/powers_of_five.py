"""84512: weighs the letters by powers of five (625, 125, 25, 5, 1), as in base 5, forgetting that shorter words come between."""


def solution(word):
    return sum(5 ** (4 - i) * "AEIOU".index(letter) for i, letter in enumerate(word)) + len(word)
