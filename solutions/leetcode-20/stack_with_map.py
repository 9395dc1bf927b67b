"""Push every opener; a closer must find its own opener on top of the stack.

A dict maps each closer to the opener it closes; a closer with an empty stack or
the wrong opener on top fails at once, and anything left open at the end fails.

Time: O(n). Space: O(n) for the stack.
"""


class Solution:
    def isValid(self, s: str) -> bool:
        """True when every closer pops its own kind of opener and nothing is left open."""
        opener_of = {")": "(", "]": "[", "}": "{"}
        stack = []
        for ch in s:
            if ch in opener_of:
                if not stack or stack.pop() != opener_of[ch]:
                    return False
            else:
                stack.append(ch)
        return not stack
