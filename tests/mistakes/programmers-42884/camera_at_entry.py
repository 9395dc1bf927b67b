"""42884: sorts by exit but puts each camera at the entry of the car that leaves first, not at its exit."""


def solution(routes):
    routes = sorted(routes, key=lambda r: r[1])
    cameras, camera = 0, None
    for entry, leave in routes:
        if camera is None or not entry <= camera <= leave:
            camera = entry
            cameras += 1
    return cameras
