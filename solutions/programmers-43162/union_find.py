"""Union-find: join the two ends of every link, then count the distinct roots.

Time: O(n^2 * alpha(n)). Space: O(n).
"""


def solution(n, computers):
    """Number of groups after merging every linked pair."""
    root = list(range(n))

    def find(x):
        """Representative of x's group, halving the path on the way."""
        while root[x] != x:
            root[x] = root[root[x]]
            x = root[x]
        return x

    for i in range(n):
        for j in range(i + 1, n):
            if computers[i][j]:
                root[find(i)] = find(j)
    return len({find(i) for i in range(n)})
