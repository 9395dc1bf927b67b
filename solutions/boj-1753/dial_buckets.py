"""Dial's algorithm: weights are at most 10, so a queue per distance replaces the heap.

bucket[d] lists the vertices first reached, or improved, at distance d. Taking
the buckets in order of d settles vertices in order of distance, as Dijkstra's
heap would, without any log factor. Distances stay below 10 * V.

Time: O(V * W + E) for weights up to W = 10. Space: O(V * W + E).
"""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    v, e, k = int(data[0]), int(data[1]), int(data[2])
    graph = [[] for _ in range(v + 1)]
    for i in range(3, 3 + 3 * e, 3):
        graph[int(data[i])].append((int(data[i + 1]), int(data[i + 2])))
    INF = 10 * v
    dist = [INF] * (v + 1)
    dist[k] = 0
    buckets = [[] for _ in range(INF)]
    buckets[0].append(k)
    for d in range(INF):
        for a in buckets[d]:
            if dist[a] != d:  # settled earlier at a smaller distance
                continue
            for b, w in graph[a]:
                if d + w < dist[b]:
                    dist[b] = d + w
                    buckets[d + w].append(b)
    print("\n".join("INF" if d == INF else str(d) for d in dist[1:]))


main()
