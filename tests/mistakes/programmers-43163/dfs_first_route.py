"""43163: depth-first search that returns the length of the first route it finds, not the shortest."""


def solution(begin, target, words):
    visited = set()

    def dfs(word, steps):
        if word == target:
            return steps
        for other in words:
            if other not in visited and sum(a != b for a, b in zip(word, other)) == 1:
                visited.add(other)
                found = dfs(other, steps + 1)
                if found:
                    return found
        return 0

    return dfs(begin, 0)
