"""Put every number in a set, then look up each proper prefix of each number.

A number a begins a longer number b exactly when a is one of b's proper
prefixes, and the numbers are distinct, so one set lookup per prefix decides.

Time: O(n * L^2) for numbers of up to L <= 20 digits (each slice copies). Space: O(n * L).
"""


def solution(phone_book):
    """False as soon as some proper prefix of a number is itself in the book."""
    book = set(phone_book)
    for number in phone_book:
        for end in range(1, len(number)):
            if number[:end] in book:
                return False
    return True
