"""Kahn's topological sort: take courses with no unfinished prerequisite, one by one; all can be taken only if no cycle remains.

Time: O(numCourses + len(prerequisites)). Space: O(numCourses + len(prerequisites)).
"""
from collections import deque
from typing import List


class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        """True when every course can be taken in some order."""
        unlocks = [[] for _ in range(numCourses)]
        waiting = [0] * numCourses  # prerequisites not yet taken, per course
        for a, b in prerequisites:
            unlocks[b].append(a)
            waiting[a] += 1
        ready = deque(c for c in range(numCourses) if waiting[c] == 0)
        taken = 0
        while ready:
            course = ready.popleft()
            taken += 1
            for nxt in unlocks[course]:
                waiting[nxt] -= 1
                if waiting[nxt] == 0:
                    ready.append(nxt)
        return taken == numCourses
