"""heapq, the whole input read at once and the answers written with one sys.stdout.write.

Time: O(N log N). Space: O(N).
"""
import sys
from heapq import heappop, heappush


def main():
    ops = sys.stdin.buffer.read().split()
    heap, out = [], []
    for token in ops[1:1 + int(ops[0])]:
        x = int(token)
        if x:
            heappush(heap, x)
        else:
            out.append(heappop(heap) if heap else 0)
    sys.stdout.write("\n".join(map(str, out)) + ("\n" if out else ""))


main()
