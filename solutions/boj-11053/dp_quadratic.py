"""longest[i] is the length of the longest increasing subsequence that ends at term i.

It is 1 plus the largest longest[j] over earlier terms j with a smaller value
(or 1 alone when there is none); the answer is the largest of all. The classic
DP, and the one this problem is set for.

Time: O(N^2). Space: O(N).
"""
import sys

input = sys.stdin.readline

n = int(input())
terms = list(map(int, input().split()))
longest = [1] * n
for i in range(n):
    for j in range(i):
        if terms[j] < terms[i] and longest[j] + 1 > longest[i]:
            longest[i] = longest[j] + 1
print(max(longest))
