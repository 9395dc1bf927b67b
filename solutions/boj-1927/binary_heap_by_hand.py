"""A binary min-heap written by hand in a list: a new value sifts up, the last value replaces the root and sifts down.

Node i's children are 2i + 1 and 2i + 2; every node is no larger than its
children, so the root is the smallest.

Time: O(N log N). Space: O(N).
"""
import sys


def main():
    ops = sys.stdin.buffer.read().split()
    heap, out = [], []
    for token in ops[1:1 + int(ops[0])]:
        x = int(token)
        if x:
            heap.append(x)
            i = len(heap) - 1
            while i and heap[(i - 1) // 2] > heap[i]:
                parent = (i - 1) // 2
                heap[parent], heap[i] = heap[i], heap[parent]
                i = parent
        elif not heap:
            out.append(0)
        else:
            out.append(heap[0])
            last = heap.pop()
            if heap:
                heap[0] = last
                i, size = 0, len(heap)
                while True:
                    child = 2 * i + 1
                    if child >= size:
                        break
                    if child + 1 < size and heap[child + 1] < heap[child]:
                        child += 1
                    if heap[i] <= heap[child]:
                        break
                    heap[i], heap[child] = heap[child], heap[i]
                    i = child
    sys.stdout.write("".join(f"{v}\n" for v in out))


main()
