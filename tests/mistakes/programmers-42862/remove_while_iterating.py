"""42862: removes lost ∩ reserve from reserve while looping over reserve, which skips the element after each removal."""


def solution(n, lost, reserve):
    lost, reserve = sorted(lost), sorted(reserve)
    for r in reserve:
        if r in lost:
            lost.remove(r)
            reserve.remove(r)
    for r in reserve:
        if r - 1 in lost:
            lost.remove(r - 1)
        elif r + 1 in lost:
            lost.remove(r + 1)
    return n - len(lost)
