"""For each command cut array[i-1:j], sort the piece and take index k-1.

Time: O(c * n log n) for c commands. Space: O(n).
Written plainly: unpack each command, slice, sorted(), append.
"""


def solution(array, commands):
    answer = []
    for command in commands:
        i, j, k = command
        piece = sorted(array[i - 1:j])
        answer.append(piece[k - 1])
    return answer
