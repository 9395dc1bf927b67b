"""12906: removes every duplicate (dict.fromkeys keeps the order), so a digit that comes back in a later run is lost."""


def solution(arr):
    return list(dict.fromkeys(arr))
