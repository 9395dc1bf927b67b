"""Looks at the top of the stack without checking it is empty, so a closer with nothing open ("]") raises IndexError."""


class Solution:
    def isValid(self, s: str) -> bool:
        opener_of = {")": "(", "]": "[", "}": "{"}
        stack = []
        for ch in s:
            if ch in opener_of:
                if stack.pop() != opener_of[ch]:
                    return False
            else:
                stack.append(ch)
        return not stack
