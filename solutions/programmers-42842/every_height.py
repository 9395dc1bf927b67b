"""Try every carpet height; the brown count fixes the width, then count the yellow cells.

A w by h carpet has a border of 2w + 2h - 4 cells, so for each height h from 3
up the width is w = (brown + 4) / 2 - h. The first (w, h) with w >= h whose
inside, w * h minus the border, holds exactly yellow cells is the carpet.
Nothing is assumed about divisors or roots, so it judges those solutions.

Time: O(brown). Space: O(1).
"""


def solution(brown, yellow):
    """[width, height] of the carpet with these counts."""
    for height in range(3, brown):
        width = (brown + 4) // 2 - height
        if width < height:
            break
        border = 2 * width + 2 * height - 4
        if border == brown and width * height - border == yellow:
            return [width, height]
    return []
