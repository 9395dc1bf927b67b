"""Depth-first search: a student is finished once everyone who must stand after them is finished; reverse that order.

An explicit stack replaces recursion (a chain of 32,000 comparisons would pass
Python's recursion limit). Each student is finished after all students reachable
from them, so the reversed finishing order puts every A before its B. The line is
written once with sys.stdout.write.

Time: O(N + M). Space: O(N + M).
"""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    after = [[] for _ in range(n + 1)]
    for i in range(m):
        after[int(data[2 + 2 * i])].append(int(data[3 + 2 * i]))
    state = [0] * (n + 1)  # 0 new, 1 on the stack, 2 finished
    finished = []
    for root in range(1, n + 1):
        if state[root]:
            continue
        state[root] = 1
        stack = [(root, 0)]
        while stack:
            a, i = stack[-1]
            if i < len(after[a]):
                stack[-1] = (a, i + 1)
                b = after[a][i]
                if state[b] == 0:
                    state[b] = 1
                    stack.append((b, 0))
            else:
                stack.pop()
                state[a] = 2
                finished.append(a)
    finished.reverse()
    sys.stdout.write(" ".join(map(str, finished)) + "\n")


main()
