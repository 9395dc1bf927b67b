"""Uses the repetition trick with text * 2, too short for numbers up to 1,000: 998 is put before 9."""


def solution(numbers):
    texts = sorted(map(str, numbers), key=lambda text: text * 2, reverse=True)
    return "0" if texts[0] == "0" else "".join(texts)
