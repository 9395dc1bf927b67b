"""Count the pieces of each kind; multiply (count + 1) over the kinds and drop the empty outfit.

Time: O(n). Space: O(k) for k kinds.
Written plainly: a dict counted with if/else, a for loop for the product.
"""


def solution(clothes):
    kinds = {}
    for cloth in clothes:
        kind = cloth[1]
        if kind in kinds:
            kinds[kind] += 1
        else:
            kinds[kind] = 1
    answer = 1
    for kind in kinds:
        answer = answer * (kinds[kind] + 1)
    return answer - 1
