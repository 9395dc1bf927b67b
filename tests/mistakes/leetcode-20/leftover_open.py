"""Matches every closer correctly but forgets the brackets still open at the end, so "{[]" passes."""


class Solution:
    def isValid(self, s: str) -> bool:
        opener_of = {")": "(", "]": "[", "}": "{"}
        stack = []
        for ch in s:
            if ch in opener_of:
                if not stack or stack.pop() != opener_of[ch]:
                    return False
            else:
                stack.append(ch)
        return True
