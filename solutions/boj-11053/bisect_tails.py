"""tails[k] is the smallest last term of an increasing subsequence of length k + 1 seen so far.

Each term replaces the first tail that is not smaller than it (bisect_left, so an
equal term replaces rather than extends), or extends the list when it beats them
all. tails stays sorted; its length is the answer.

Time: O(N log N). Space: O(N).
"""
import sys
from bisect import bisect_left

input = sys.stdin.readline

n = int(input())
tails = []
for term in map(int, input().split()):
    k = bisect_left(tails, term)
    if k == len(tails):
        tails.append(term)
    else:
        tails[k] = term
print(len(tails))
