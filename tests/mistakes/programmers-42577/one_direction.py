"""42577: checks only whether an earlier number begins a later one, so a longer number listed first is missed."""


def solution(phone_book):
    for i in range(len(phone_book)):
        for j in range(i + 1, len(phone_book)):
            if phone_book[j].startswith(phone_book[i]):
                return False
    return True
