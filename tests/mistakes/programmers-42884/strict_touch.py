"""42884: sorts by exit but opens a new camera when entry >= camera, as if a car entering at the camera had missed it."""


def solution(routes):
    cameras, camera = 0, -30001
    for entry, leave in sorted(routes, key=lambda r: r[1]):
        if entry >= camera:
            camera = leave
            cameras += 1
    return cameras
