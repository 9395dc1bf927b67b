"""Sort by exit; the car that leaves first needs a camera, placed as late as it can be: at its exit.

That camera meets every car already on the road at that point. The next car
it misses (entry after the camera) starts the next camera at its own exit.

Time: O(n log n). Space: O(n).
"""


def solution(routes):
    """Cameras placed by sweeping the routes in order of exit."""
    cameras, camera = 0, None
    for entry, leave in sorted(routes, key=lambda route: route[1]):
        if camera is None or entry > camera:
            camera = leave
            cameras += 1
    return cameras
