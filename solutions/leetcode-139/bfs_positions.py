"""Breadth-first search over the positions where a word can start, each position visited once.

From position i every word that s continues with (s.startswith(w, i)) leads to
i + len(w); s can be cut exactly when position n is reached.

Time: O(n * W * L) for W words of length up to L. Space: O(n).
"""
from collections import deque
from typing import List


class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        """True when position len(s) can be reached from 0 by whole words."""
        seen = {0}
        queue = deque([0])
        while queue:
            i = queue.popleft()
            if i == len(s):
                return True
            for w in wordDict:
                j = i + len(w)
                if j not in seen and s.startswith(w, i):
                    seen.add(j)
                    queue.append(j)
        return False
