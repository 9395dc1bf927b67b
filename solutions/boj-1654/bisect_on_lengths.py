"""bisect over the range of piece lengths, with a key saying whether a length is too long.

"Too long" (fewer than N pieces) is False up to the answer and True after it, so
bisect_left finds the first length that is too long; the answer is one less. The
range stops one past the total length divided by N, an upper bound on any answer.

Time: O(K log(total / N)). Space: O(K).
"""
import sys
from bisect import bisect_left


def main():
    data = sys.stdin.buffer.read().split()
    k, n = int(data[0]), int(data[1])
    lengths = list(map(int, data[2:2 + k]))
    candidates = range(1, sum(lengths) // n + 2)
    first_too_long = bisect_left(candidates, True, key=lambda piece: sum(x // piece for x in lengths) < n)
    print(candidates[first_too_long] - 1)


main()
