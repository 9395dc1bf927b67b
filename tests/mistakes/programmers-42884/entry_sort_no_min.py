"""42884: sorts by entry and keeps the first car's exit as the camera, never pulling it back to an earlier exit inside."""


def solution(routes):
    routes = sorted(routes)
    cameras, camera = 1, routes[0][1]
    for entry, leave in routes[1:]:
        if entry > camera:
            cameras += 1
            camera = leave
    return cameras
