"""Run the controller's clock one millisecond at a time, exactly as the rules say.

At every millisecond, the jobs requested then join the waiting list; if the disk
is free, it takes the waiting job with the shortest duration, then the earliest
request, then the smallest number. Nothing is skipped or inferred, which makes
it the oracle; the clock runs at most 1,000 + 500 * 1,000 ticks.

Time: O(T + n^2) for T milliseconds until the last job ends. Space: O(n + T).
"""


def solution(jobs):
    """The integer part of the mean turnaround time under the controller's rules."""
    requested_at = {}
    for i, (requested, _) in enumerate(jobs):
        requested_at.setdefault(requested, []).append(i)
    waiting, busy_until, started, total, now = [], 0, 0, 0, 0
    while started < len(jobs):
        waiting += requested_at.get(now, [])
        if now >= busy_until and waiting:
            job = min(waiting, key=lambda i: (jobs[i][1], jobs[i][0], i))
            waiting.remove(job)
            busy_until = now + jobs[job][1]
            total += busy_until - jobs[job][0]
            started += 1
        now += 1
    return total // len(jobs)
