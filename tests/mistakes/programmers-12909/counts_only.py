"""12909: compares only the numbers of '(' and ')', so ")(" counts as balanced."""


def solution(s):
    return s.count("(") == s.count(")")
