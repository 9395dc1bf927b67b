"""42862: settles the intersection but lends in the order reserve is given, which is not sorted."""


def solution(n, lost, reserve):
    need = [s for s in lost if s not in reserve]
    spare = [s for s in reserve if s not in lost]
    for giver in spare:
        if giver - 1 in need:
            need.remove(giver - 1)
        elif giver + 1 in need:
            need.remove(giver + 1)
    return n - len(need)
