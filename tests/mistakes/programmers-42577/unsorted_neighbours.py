"""42577: compares each number with the next one in the given order, forgetting to sort first."""


def solution(phone_book):
    for a, b in zip(phone_book, phone_book[1:]):
        if b.startswith(a):
            return False
    return True
