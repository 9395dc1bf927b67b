"""42577: sorts the numbers as integers, which separates "12" from "120" with "13" between them."""


def solution(phone_book):
    ordered = sorted(phone_book, key=int)
    for a, b in zip(ordered, ordered[1:]):
        if b.startswith(a):
            return False
    return True
