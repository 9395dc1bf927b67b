"""Greedy by exit: sort the routes by exit point and put a camera at a route's exit whenever it is not yet covered.

Time: O(n log n). Space: O(n) for the sort.
Written plainly: routes.sort with a lambda key, one for loop, a variable for the last camera.
"""


def solution(routes):
    routes.sort(key=lambda r: r[1])
    answer = 0
    camera = -30001
    for route in routes:
        if route[0] > camera:
            answer += 1
            camera = route[1]
    return answer
