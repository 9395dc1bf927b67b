"""Cut out array[i-1:j], then take away its smallest number k times: the last one taken is the answer.

No sorting at all, just the definition of "the k-th smallest", which makes it
the oracle.

Time: O(c * n * k) for c commands. Space: O(n).
"""


def solution(array, commands):
    """The k-th smallest of each 1-based, inclusive slice i..j."""
    answer = []
    for i, j, k in commands:
        piece = array[i - 1:j]
        for _ in range(k):
            smallest = min(piece)
            piece.remove(smallest)
        answer.append(smallest)
    return answer
