"""Sort by entry; keep a group of cars that all share a point, narrowing the camera to their earliest exit.

A car that enters after the group's earliest exit cannot share the group's
camera, so the camera is placed and a new group starts with it.

Time: O(n log n). Space: O(n).
"""


def solution(routes):
    """Groups of routes with a common point, swept in order of entry."""
    routes = sorted(routes)
    cameras, last = 1, routes[0][1]
    for entry, leave in routes[1:]:
        if entry > last:
            cameras += 1
            last = leave
        else:
            last = min(last, leave)
    return cameras
