"""Depth-first search with three states: unvisited, on the current path, done; reaching a course on the current path is a cycle.

A course marked done is never searched again, so each course and each pair is
handled once. The recursion goes as deep as the longest chain (up to 2,000).

Time: O(numCourses + len(prerequisites)). Space: O(numCourses + len(prerequisites)).
"""
from typing import List

UNSEEN, ON_PATH, DONE = 0, 1, 2


class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        """True when the prerequisite graph has no cycle."""
        needs = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            needs[a].append(b)
        state = [UNSEEN] * numCourses

        def has_cycle(course):
            state[course] = ON_PATH
            for b in needs[course]:
                if state[b] == ON_PATH or state[b] == UNSEEN and has_cycle(b):
                    return True
            state[course] = DONE
            return False

        return not any(state[c] == UNSEEN and has_cycle(c) for c in range(numCourses))
