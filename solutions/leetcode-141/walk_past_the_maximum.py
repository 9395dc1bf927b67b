"""Follow next pointers 10^4 times: a list without a cycle has at most 10^4 nodes, so it must end before.

Only the constraint, no memory of nodes and no second pointer: the oracle.

Time: O(10^4) whatever the list. Space: O(1).
"""
from typing import Optional

# ListNode is LeetCode's, defined by its environment (the kit's LeetCode prelude), not here.
# ruff: noqa: F821

MAX_NODES = 10_000


class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        """True when the walk is still going after more steps than the list can have nodes."""
        node = head
        for _ in range(MAX_NODES):
            if node is None:
                return False
            node = node.next
        return node is not None
