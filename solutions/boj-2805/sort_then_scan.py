"""Sort the heights, tallest first, and lower the saw from tree to tree instead of metre by metre.

With the k tallest trees above the saw, lowering it by one metre adds k metres of
wood. Walk down the sorted heights keeping their sum; once the next tree's height
would give at least M, the answer lies between it and the current one, and is
the largest H with (sum of the k tallest) - k * H >= M.

Time: O(N log N). Space: O(N).
"""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    heights = sorted(map(int, data[2:2 + n]), reverse=True)
    heights.append(0)  # the ground: the saw never goes below it
    total = 0
    for k in range(1, n + 1):
        total += heights[k - 1]
        if total - k * heights[k] >= m:  # lowering to the next tree is enough
            print((total - m) // k)
            return


main()
