"""Floyd-Warshall over begin and the words: link words one letter apart, then relax through every middle word.

dist[i][j] ends as the fewest changes from word i to word j; the answer is the
distance from begin to target, or 0 when target is not a word or cannot be reached.

Time: O(W^3 + W^2 * L) for W words of length L. Space: O(W^2).
"""

INF = float("inf")


def solution(begin, target, words):
    """Fewest one-letter changes from begin to target through words, or 0."""
    if target not in words:
        return 0
    nodes = [begin] + words
    k = len(nodes)
    dist = [[0 if i == j else 1 if sum(a != b for a, b in zip(u, v)) == 1 else INF
             for j, v in enumerate(nodes)] for i, u in enumerate(nodes)]
    for mid in range(k):
        for i in range(k):
            for j in range(k):
                if dist[i][mid] + dist[mid][j] < dist[i][j]:
                    dist[i][j] = dist[i][mid] + dist[mid][j]
    best = dist[0][nodes.index(target, 1)]
    return 0 if best == INF else best
