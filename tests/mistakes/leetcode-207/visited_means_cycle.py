"""One 'visited' set per search and no 'on the current path' state: a course reached twice (a diamond) is taken for a cycle."""
from typing import List


class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        needs = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            needs[a].append(b)

        def has_cycle(course, visited):
            if course in visited:
                return True
            visited.add(course)
            return any(has_cycle(b, visited) for b in needs[course])

        return not any(has_cycle(c, set()) for c in range(numCourses))
