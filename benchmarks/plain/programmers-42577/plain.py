"""Put every number in a hash set, then look up every proper prefix of every number.

Time: O(n * L^2) for L <= 20 digits (each prefix is built and hashed). Space: O(n * L).
Written plainly: a dict of numbers, each prefix built with += one digit at a time,
checked inside the loop as in the widely published solution.
"""


def solution(phone_book):
    answer = True
    hash_map = {}
    for phone_number in phone_book:
        hash_map[phone_number] = 1
    for phone_number in phone_book:
        temp = ""
        for number in phone_number:
            temp += number
            if temp in hash_map and temp != phone_number:
                answer = False
    return answer
