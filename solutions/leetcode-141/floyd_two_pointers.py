"""Floyd's tortoise and hare: slow moves one node, fast two; in a cycle fast laps slow and they meet.

Time: O(n). Space: O(1).
"""
from typing import Optional

# ListNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        """True when the fast pointer catches the slow one, False when it reaches the end."""
        slow = fast = head
        while fast is not None and fast.next is not None:
            slow, fast = slow.next, fast.next.next
            if slow is fast:
                return True
        return False
