"""Compute which course leads to which through any chain of prerequisites (Warshall's closure); a course that leads back to itself is on a cycle.

All courses can be finished exactly when no prerequisite chain comes back to where it started.

Time: O(numCourses^3). Space: O(numCourses^2).
"""
from typing import List


class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        """True when no course depends on itself through a chain of prerequisites."""
        n = numCourses
        reach = [[False] * n for _ in range(n)]
        for a, b in prerequisites:
            reach[b][a] = True
        for k in range(n):
            for i in range(n):
                if reach[i][k]:
                    for j in range(n):
                        if reach[k][j]:
                            reach[i][j] = True
        return not any(reach[i][i] for i in range(n))
