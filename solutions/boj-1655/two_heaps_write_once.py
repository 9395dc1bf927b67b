"""Two heaps balanced with heappushpop: every number passes through the smaller half before it settles.

A number is pushed into the smaller half (a max-heap) and its largest element
popped, which then goes to the larger half; when that makes the larger half
bigger, its smallest moves back. The answers are written with one write.

Time: O(N log N). Space: O(N).
"""
import sys
from heapq import heappop, heappush, heappushpop


def main():
    data = sys.stdin.buffer.read().split()
    low, high, out = [], [], []
    for token in data[1:1 + int(data[0])]:
        moved = -heappushpop(low, -int(token))  # the largest of the smaller half and the new number
        heappush(high, moved)
        if len(high) > len(low):
            heappush(low, -heappop(high))
        out.append(-low[0])
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
