"""Depth-first search over every route, un-marking each word on the way back, keeping the shortest.

The solution most often published for this problem: correct, and fast on the
platform's small tests, but it walks every simple route through the words, and
with many words one letter apart there are factorially many.

Time: O(W!) in the worst case. Space: O(W).
"""


def one_apart(a, b):
    """True when a and b differ in exactly one position."""
    return sum(x != y for x, y in zip(a, b)) == 1


def solution(begin, target, words):
    """Fewest one-letter changes from begin to target through words, or 0."""
    used = [False] * len(words)
    best = len(words) + 1

    def dfs(word, steps):
        nonlocal best
        if word == target:
            best = min(best, steps)
            return
        for i, other in enumerate(words):
            if not used[i] and one_apart(word, other):
                used[i] = True
                dfs(other, steps + 1)
                used[i] = False

    dfs(begin, 0)
    return 0 if best > len(words) else best
