"""Input generators for 주차 요금 계산 beyond what the constraints alone give.

The mistakes members make here:

- a car that never leaves is forgotten, instead of leaving at 23:59;
- leaving at 24:00 (1440 minutes) instead of 23:59 (1439);
- a fee per visit: the base time and the rounding applied to each visit, when
  the fee is computed once from the car's total minutes for the day;
- rounding the extra time down (//) instead of up: a started unit is paid in full;
- no check for a total within the base time: base fee + ceil(negative) * unit
  charges less than the base fee;
- clock digits as a number: "07:59" read as 759, so a stay across the hour is 40 minutes too long;
- the cars in order of first arrival (dict order) instead of by car number.

Uniform strings are never valid records, so every input here is a day built car
by car: each car alternates IN and OUT at increasing times, often staying past
the hour, visiting more than once, or never leaving, with car numbers that
arrive out of order. Fees are drawn near the stays, so totals land within the
base time, exactly on a unit, or one minute past one.
"""

from hypothesis import strategies as st

CARS = ("0000", "0148", "5961", "9999", "0202", "3961", "1234")


def clock(minute):
    """"HH:MM" for a minute of the day."""
    return f"{minute // 60:02d}:{minute % 60:02d}"


@st.composite
def _day(draw, max_cars, times):
    cars = draw(st.lists(st.sampled_from(CARS), min_size=1, max_size=max_cars, unique=True))
    records = []
    for car in cars:
        moments = sorted(draw(st.lists(times, min_size=1, max_size=5, unique=True)))
        if len(moments) % 2 and moments[-1] == 23 * 60 + 59:  # no one arrives at 23:59
            moments.pop()
        if not moments:
            moments = [draw(st.integers(0, 23 * 60 + 58))]
        records += [(m, car, "IN" if k % 2 == 0 else "OUT") for k, m in enumerate(moments)]
    records.sort(key=lambda r: r[0])  # stable: ties keep an arbitrary, valid order
    return [f"{clock(m)} {car} {kind}" for m, car, kind in records]


@st.composite
def _fees(draw):
    base_time = draw(st.sampled_from((1, 10, 60, 100, 120, 180, draw(st.integers(1, 1439)))))
    unit_time = draw(st.sampled_from((1, 10, 30, 60, draw(st.integers(1, 1439)))))
    return [base_time, draw(st.sampled_from((0, 5000, draw(st.integers(0, 100_000))))),
            unit_time, draw(st.integers(1, 10_000))]


@st.composite
def _parking(draw, max_cars, times):
    return {"fees": draw(_fees()), "records": draw(_day(max_cars, times))}


def strategy_busy_morning():
    """Stays of minutes to a few hours around 7 to 10 o'clock, crossing the hour."""
    return _parking(4, st.integers(7 * 60 - 5, 10 * 60 + 5))


def strategy_whole_day():
    """Any times of the day, 00:00 and 23:58 and 23:59 among them: cars left in at midnight."""
    return _parking(4, st.one_of(st.sampled_from((0, 1, 23 * 60 + 58, 23 * 60 + 59)), st.integers(0, 1439)))


def _cars(count, rng):
    """``count`` distinct car numbers in random order."""
    return [f"{k:04d}" for k in rng.sample(range(10_000), count)]


def _fees_for(rng):
    return [rng.randint(1, 1439), rng.randint(0, 100_000), rng.randint(1, 1439), rng.randint(1, 10_000)]


def worst_never_leave(n, rng):
    """n cars arrive one after another and none leaves: every one is charged up to 23:59."""
    cars = _cars(n, rng)
    times = sorted(rng.randint(0, 23 * 60 + 58) for _ in range(n))
    return {"fees": _fees_for(rng), "records": [f"{clock(t)} {car} IN" for t, car in zip(times, cars)]}


def worst_one_car_all_day(n, rng):
    """One car comes and goes n times: the most visits to add up for one car."""
    times = sorted(rng.sample(range(23 * 60 + 59), n))
    car = _cars(1, rng)[0]
    return {"fees": _fees_for(rng),
            "records": [f"{clock(t)} {car} {'IN' if k % 2 == 0 else 'OUT'}" for k, t in enumerate(times)]}


def worst_random(n, rng):
    """About n / 4 cars, each with a few visits at random times."""
    events = []
    for car in _cars(max(1, n // 4), rng):
        moments = sorted(rng.sample(range(23 * 60 + 59), 4))
        events += [(t, car, "IN" if k % 2 == 0 else "OUT") for k, t in enumerate(moments)]
    events = sorted(events)[:n]
    while len(events) < n:  # top up with cars that arrive late and stay
        car = _cars(1, rng)[0]
        if all(car != e[1] for e in events):
            events.append((23 * 60 + 58, car, "IN"))
    events.sort(key=lambda e: e[0])
    return {"fees": _fees_for(rng), "records": [f"{clock(t)} {car} {kind}" for t, car, kind in events]}
