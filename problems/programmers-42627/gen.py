"""Input generators for 디스크 컨트롤러 (the rules as rewritten on 2024-11-14).

The mistakes members make here:

- the old rule: when the disk is idle, starting the earliest-requested job at
  once, instead of the shortest among all the jobs requested at that moment;
- first come, first served: running jobs in request order, with no priority;
- a job requested exactly when another one ends is left out of the choice
  (comparing request < now instead of request <= now);
- no idle wait: with nothing waiting, starting the next job before it has been
  requested, so turnarounds come out short or even negative;
- rounding the mean (round) instead of taking its integer part.

Uniform request times up to 1,000 rarely make two jobs arrive together, or a
job arrive exactly as another ends. These strategies draw request times from a
handful of values close to the durations, so both happen all the time, with
idle gaps in between.
"""

from hypothesis import strategies as st


@st.composite
def _clustered(draw, times, max_duration, max_len):
    n = draw(st.integers(1, max_len))
    jobs = [[draw(st.sampled_from(times)), draw(st.integers(1, max_duration))] for _ in range(n)]
    return {"jobs": jobs}


def strategy_simultaneous():
    """Up to 7 jobs requested at a few shared moments: ties at idle starts and at finish times."""
    return _clustered((0, 1, 2, 3, 5, 8), 6, 7)


def strategy_idle_gaps():
    """Jobs in bursts far apart, so the disk idles and must wait for the next request."""
    return _clustered((0, 1, 30, 31, 100), 5, 6)


@st.composite
def strategy_arrive_at_finish(draw):
    """A first job, then jobs requested around the moment it ends, in shuffled order."""
    first = draw(st.integers(1, 6))
    jobs = [[0, first]]
    for _ in range(draw(st.integers(1, 5))):
        jobs.append([draw(st.sampled_from((1, first - 1, first, first + 1))), draw(st.integers(1, 8))])
    order = draw(st.permutations(range(len(jobs))))
    return {"jobs": [jobs[i] for i in order]}


def worst_all_at_once(n, rng):
    """Every job requested at 0 with random durations: the longest wait in line."""
    return {"jobs": [[0, rng.randint(1, 1000)] for _ in range(n)]}


def worst_longest_clock(n, rng):
    """Durations of 1,000 ms: the clock runs to about n * 1,000 ms."""
    return {"jobs": [[rng.randint(0, 1000), 1000] for _ in range(n)]}


def worst_short_jobs_late(n, rng):
    """Jobs of 2 ms each arriving as the last one ends, while half the jobs, of 1 ms, wait until 1,000 ms.

    A scan of the jobs in priority order passes every unrequested 1 ms job at each step.
    """
    early = n - n // 2
    return {"jobs": [[2 * k, 2] for k in range(early)] + [[rng.randint(999, 1000), 1] for _ in range(n // 2)]}
