"""Count how many people have each weight. Equal weights always balance: c * (c - 1) / 2 pairs.
Different weights balance only at the ratios 2:3, 2:4 and 3:4, so each distinct weight w looks
up the lighter partners w * 2 / 3, w * 2 / 4 and w * 3 / 4 in the counts and multiplies.

Time: O(n). Space: O(d) for d distinct weights.
Written plainly: a plain dict of counts, a loop over its keys, integer checks with % before //.
"""


def solution(weights):
    count = {}
    for w in weights:
        if w in count:
            count[w] += 1
        else:
            count[w] = 1

    answer = 0
    for w in count:
        c = count[w]
        answer += c * (c - 1) // 2
        for a, b in [(2, 3), (2, 4), (3, 4)]:
            if w * a % b == 0:
                partner = w * a // b
                if partner in count:
                    answer += c * count[partner]
    return answer
