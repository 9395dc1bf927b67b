"""Count the numbers seen per value in a Fenwick tree, and find the k-th smallest by descending its bits.

Values are -10,000 to 10,000, so 20,001 counters cover them. After each number,
the answer is the ((count + 1) // 2)-th smallest: the Fenwick tree finds it in
about 15 steps by adding powers of two while the running total stays below k.

Time: O(N log V) for V = 20,001 values. Space: O(V).
"""
import sys

OFFSET = 10_001  # value v is stored at index v + OFFSET, from 1 to 20,001
SIZE = 20_001
TOP = 1 << SIZE.bit_length() - 1  # the highest power of two not above SIZE


def main():
    data = sys.stdin.buffer.read().split()
    tree = [0] * (SIZE + 1)
    out = []
    for count, token in enumerate(data[1:1 + int(data[0])], 1):
        i = int(token) + OFFSET
        while i <= SIZE:
            tree[i] += 1
            i += i & -i
        k = (count + 1) // 2  # the smaller middle is the k-th smallest
        pos, step = 0, TOP
        while step:
            if pos + step <= SIZE and tree[pos + step] < k:
                pos += step
                k -= tree[pos]
            step >>= 1
        out.append(pos + 1 - OFFSET)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
