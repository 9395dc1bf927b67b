"""Seeds the table with ways[1] = 1, ways[2] = 2, ways[3] = 3, forgetting that "3" alone is a sum for 3 (it is 4)."""
import sys

input = sys.stdin.readline
ways = [0] * 11
ways[1], ways[2], ways[3] = 1, 2, 3
for k in range(4, 11):
    ways[k] = ways[k - 1] + ways[k - 2] + ways[k - 3]
t = int(input())
for _ in range(t):
    print(ways[int(input())])
