"""42860: moves the cursor only to the right, to the last letter that is not A, never wrapping round to the end."""


def solution(name):
    answer = sum(min(ord(c) - ord("A"), ord("Z") - ord(c) + 1) for c in name)
    last = max((i for i, c in enumerate(name) if c != "A"), default=0)
    return answer + last
