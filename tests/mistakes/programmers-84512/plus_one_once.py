"""84512: counts the skipped blocks right but adds 1 once, not once per letter, missing the word's own prefixes."""

BLOCK = (781, 156, 31, 6, 1)


def solution(word):
    return sum(BLOCK[i] * "AEIOU".index(letter) for i, letter in enumerate(word)) + 1
