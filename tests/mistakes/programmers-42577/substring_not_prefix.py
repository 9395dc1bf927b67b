"""42577: tests `a in b` (anywhere inside) instead of whether b starts with a."""


def solution(phone_book):
    ordered = sorted(phone_book, key=len)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if a in b:
                return False
    return True
