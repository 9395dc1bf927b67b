"""Run the clock through the day one minute at a time, charging each parked car a minute.

At each minute from 00:00 to 23:58, first apply that minute's arrivals and
departures, then add one minute to every car in the lot; a car still in at
23:59 has then been counted up to 23:59. The fee adds one unit fee per started
unit of time beyond the base time, counted out one unit at a time.

Time: O(1440 * c + r) for c cars and r records. Space: O(c).
"""

LAST_MINUTE = 23 * 60 + 59


def solution(fees, records):
    """Fees of every car, in order of car number, from a minute-by-minute count."""
    base_time, base_fee, unit_time, unit_fee = fees
    events = {}
    for record in records:
        clock, car, kind = record.split()
        minute = int(clock[:2]) * 60 + int(clock[3:])
        events.setdefault(minute, []).append((car, kind))
    parked, minutes = set(), {}
    for minute in range(LAST_MINUTE):
        for car, kind in events.get(minute, []):
            (parked.add if kind == "IN" else parked.discard)(car)
            minutes.setdefault(car, 0)
        for car in parked:
            minutes[car] += 1
    return [fee(minutes[car], base_time, base_fee, unit_time, unit_fee) for car in sorted(minutes)]


def fee(total, base_time, base_fee, unit_time, unit_fee):
    """The base fee, plus one unit fee for each unit (or part of one) beyond the base time."""
    charge, extra = base_fee, total - base_time
    while extra > 0:
        charge += unit_fee
        extra -= unit_time
    return charge
