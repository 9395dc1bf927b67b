"""Two pointers over queue1 + queue2 that stop at the end of that list: items never come back round."""


def solution(queue1, queue2):
    line = queue1 + queue2
    total = sum(line)
    if total % 2:
        return -1
    target = total // 2
    i, j, window = 0, len(queue1), sum(queue1)
    for moves in range(3 * len(queue1) + 1):
        if window == target:
            return moves
        if window > target:
            window -= line[i]
            i += 1
        elif j < len(line):
            window += line[j]
            j += 1
        else:
            return -1
    return -1
