"""Start at total // N, an upper bound, and step down only to lengths where some cable yields one more piece.

A cable of length x cut at length L gives q = x // L pieces; it gives q + 1 once L
falls to x // (q + 1). A max-heap holds that next length for every cable, so the
piece count is followed from one change to the next. At total // N the count
is already more than N - K, and each step adds a piece, so there are fewer than
K steps.

Time: O(K log K). Space: O(K).
"""
import heapq
import sys


def main():
    data = sys.stdin.buffer.read().split()
    k, n = int(data[0]), int(data[1])
    lengths = list(map(int, data[2:2 + k]))
    piece = sum(lengths) // n  # no longer length can give N pieces
    count = sum(x // piece for x in lengths)
    heap = [(-(x // (x // piece + 1)), x, x // piece) for x in lengths]
    heapq.heapify(heap)
    while count < n:
        piece = -heap[0][0]  # the next length at which some cable gives one more piece
        while -heap[0][0] == piece:
            _, x, had = heapq.heappop(heap)
            now = x // piece
            count += now - had
            heapq.heappush(heap, (-(x // (now + 1)), x, now))
    print(piece)


main()
