"""12909: checks that s starts with '(' and ends with ')' and that the counts match; misses a dip below zero inside, as in "())(()"."""


def solution(s):
    if s[0] != "(" or s[-1] != ")":
        return False
    return s.count("(") == s.count(")")
