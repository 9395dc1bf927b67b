"""Turn each feature into its finishing day, then cut the line wherever a later day appears.

A feature ships with the current release when it finishes no later than the
release's first feature (the largest day so far); otherwise it opens a new release.
The day is a ceiling division done in integers: -(-a // b).

Time: O(n). Space: O(n) for the answer.
"""


def solution(progresses, speeds):
    """Group consecutive features under the first one that finishes no earlier."""
    releases, release_day = [], 0
    for progress, speed in zip(progresses, speeds):
        day = -(-(100 - progress) // speed)
        if releases and day <= release_day:
            releases[-1] += 1
        else:
            releases.append(1)
            release_day = day
    return releases
