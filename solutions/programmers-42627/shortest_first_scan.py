"""Line the jobs up by priority once; each time, start the first one already requested.

Sorted by (duration, request, number), the first job in line that has been
requested by now is exactly the controller's choice. When none has, the disk
idles until the earliest request among the jobs left.

Time: O(n^2). Space: O(n).
"""


def solution(jobs):
    """Mean turnaround time, rounded down, scanning the priority line each time."""
    line = sorted((duration, requested, i) for i, (requested, duration) in enumerate(jobs))
    now = total = 0
    while line:
        ready = next((job for job in line if job[1] <= now), None)
        if ready is None:
            now = min(requested for _, requested, _ in line)
            continue
        line.remove(ready)
        now += ready[0]
        total += now - ready[1]
    return total // len(jobs)
