"""Pops on any closer without checking that it closes the same kind, so "(]" passes."""


class Solution:
    def isValid(self, s: str) -> bool:
        stack = []
        for ch in s:
            if ch in "([{":
                stack.append(ch)
            elif not stack:
                return False
            else:
                stack.pop()
        return not stack
