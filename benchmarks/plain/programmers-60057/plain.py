"""String compression: try every piece length, build the compressed string for it, and keep
the shortest length.

Idea: for each unit from 1 to len(s), cut s into pieces of that length, walk them counting
runs of equal pieces, and append "count + piece" (no count when it is 1) to a result
string. The answer is the shortest result.

Time: O(n^2) (each unit walks the whole string). Space: O(n).
Written plainly: slicing in a for loop, string concatenation, str(count).
"""


def solution(s):
    answer = len(s)
    for unit in range(1, len(s) // 2 + 1):
        compressed = ""
        prev = s[0:unit]
        count = 1
        for i in range(unit, len(s), unit):
            piece = s[i:i + unit]
            if piece == prev:
                count += 1
            else:
                if count > 1:
                    compressed += str(count) + prev
                else:
                    compressed += prev
                prev = piece
                count = 1
        if count > 1:
            compressed += str(count) + prev
        else:
            compressed += prev
        if len(compressed) < answer:
            answer = len(compressed)
    return answer
