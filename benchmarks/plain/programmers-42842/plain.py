"""Try each carpet height from 3 upward; the width is total // height, and the inside must hold yellow.

The carpet has brown + yellow cells. For every height h that divides the total, the
width is total // h, and the yellow inside is (w - 2) * (h - 2). Heights only go up
to the square root before the width would drop below the height, so the loop ends early.

Time: O(sqrt(brown + yellow)). Space: O(1).
Written plainly: one for loop over heights, a divisibility test, no formula.
"""


def solution(brown, yellow):
    total = brown + yellow
    for height in range(3, total + 1):
        if total % height != 0:
            continue
        width = total // height
        if width < height:
            break
        if (width - 2) * (height - 2) == yellow:
            return [width, height]
    return []
