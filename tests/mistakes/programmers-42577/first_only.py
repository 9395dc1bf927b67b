"""42577: after sorting, checks only whether the first number begins any other."""


def solution(phone_book):
    phone_book.sort()
    first = phone_book[0]
    return not any(number.startswith(first) for number in phone_book[1:])
