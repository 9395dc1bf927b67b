"""Depth-first search: enter any unvisited dungeon you can afford, recurse, then undo.

Every path of the search is a valid exploration, and every valid exploration is
a path, so the deepest path is the answer. Branches stop as soon as nothing
affordable is left.

Time: O(n!) paths at worst. Space: O(n) for the recursion and the marks.
"""


def solution(k, dungeons):
    """Depth of the deepest path in the search."""
    visited = [False] * len(dungeons)

    def explore(fatigue):
        """Most dungeons still explorable with this much fatigue left."""
        best = 0
        for i, (need, cost) in enumerate(dungeons):
            if not visited[i] and fatigue >= need:
                visited[i] = True
                best = max(best, 1 + explore(fatigue - cost))
                visited[i] = False
        return best

    return explore(k)
