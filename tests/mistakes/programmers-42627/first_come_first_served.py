"""Reads "먼저 요청이 들어온 작업부터" as the whole rule: runs the jobs in request order, with no priority by duration."""


def solution(jobs):
    now = total = 0
    for requested, duration in sorted(jobs):
        now = max(now, requested) + duration
        total += now - requested
    return total // len(jobs)
