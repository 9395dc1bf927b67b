"""Union-find: merge the groups of the two ends of every pair, then count computer 1's group.

find follows parents to the root, halving the path as it goes; union links one
root under the other. No graph is stored at all.

Time: O((N + P) * α(N)) with halving. Space: O(N).
"""
import sys

input = sys.stdin.readline

n = int(input())
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


for _ in range(int(input())):
    a, b = map(int, input().split())
    ra, rb = find(a), find(b)
    if ra != rb:
        parent[rb] = ra
root = find(1)
print(sum(1 for x in range(2, n + 1) if find(x) == root))
