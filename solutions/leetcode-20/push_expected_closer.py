"""Push the closer each opener expects; each closer must equal the top of the stack.

Storing what must come next, rather than what came, makes a closer's check a
single comparison. An odd length is rejected before reading anything.

Time: O(n). Space: O(n) for the stack.
"""


class Solution:
    def isValid(self, s: str) -> bool:
        """True when every closer is the one the most recent open bracket expects."""
        if len(s) % 2:
            return False
        closer_of = {"(": ")", "[": "]", "{": "}"}
        expected = []
        for ch in s:
            if ch in closer_of:
                expected.append(closer_of[ch])
            elif not expected or expected.pop() != ch:
                return False
        return not expected
