"""Iterative depth-first search with an explicit stack of (course, next prerequisite index) and three states.

Same idea as the recursive three-colour search, without recursion: a course is
done when all its prerequisites are; meeting a course still on the stack is a cycle.

Time: O(numCourses + len(prerequisites)). Space: O(numCourses + len(prerequisites)).
"""
from typing import List


class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        """True when the prerequisite graph has no cycle."""
        needs = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            needs[a].append(b)
        state = [0] * numCourses  # 0 unseen, 1 on the stack, 2 done
        for start in range(numCourses):
            if state[start]:
                continue
            state[start] = 1
            stack = [(start, 0)]
            while stack:
                course, i = stack[-1]
                if i == len(needs[course]):
                    state[course] = 2
                    stack.pop()
                    continue
                stack[-1] = (course, i + 1)
                b = needs[course][i]
                if state[b] == 1:
                    return False
                if state[b] == 0:
                    state[b] = 1
                    stack.append((b, 0))
        return True
