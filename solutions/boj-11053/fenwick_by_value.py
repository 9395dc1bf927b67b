"""Index by value: best[v] is the longest increasing subsequence so far that ends in value v.

Terms are at most 1,000, so a Fenwick tree of prefix maxima over the values gives,
for each term t, the best length ending in any value below t; t then ends one
that is one longer. Strictness comes from asking for values up to t - 1 only.

Time: O(N log V) for V = 1,000. Space: O(V).
"""
import sys

input = sys.stdin.readline

V = 1000
n = int(input())
tree = [0] * (V + 1)  # Fenwick tree of prefix maxima over values 1..V
answer = 0
for term in map(int, input().split()):
    i, below = term - 1, 0
    while i > 0:
        below = max(below, tree[i])
        i -= i & -i
    length = below + 1
    answer = max(answer, length)
    i = term
    while i <= V:
        if tree[i] < length:
            tree[i] = length
        i += i & -i
print(answer)
