"""Recurse to the end, then count positions on the way back: the node at position n from the end
is skipped by returning its successor in its place.

Time: O(sz). Space: O(sz) for the call stack.
"""
from typing import Optional

# ListNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821


class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        """The list from head without its n-th node from the end."""
        def rebuild(node):
            """(the list from node with the target removed, node's position from the end)."""
            if node is None:
                return None, 0
            rest, behind = rebuild(node.next)
            position = behind + 1
            if position == n:
                return rest, position
            node.next = rest
            return node, position

        return rebuild(head)[0]
