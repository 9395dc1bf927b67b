"""Sort the records by car, then pair each car's entries with its exits.

A stable sort by car number keeps each car's records in time order, and they
alternate IN, OUT, IN, OUT...; a lone final IN pairs with 23:59. Summing the
pairs gives the car's minutes for the day, and the groups come out in car order.

Time: O(r log r) for r records. Space: O(r).
"""

from itertools import groupby
from math import ceil

LAST_MINUTE = "23:59"


def solution(fees, records):
    """Fees of every car, one group of records per car, in order of car number."""
    base_time, base_fee, unit_time, unit_fee = fees
    charges = []
    for car, group in groupby(sorted(records, key=lambda r: r.split()[1]), key=lambda r: r.split()[1]):
        clocks = [r.split()[0] for r in group] + [LAST_MINUTE]  # a final IN meets 23:59; an extra is ignored
        total = sum(minutes(clocks[i + 1]) - minutes(clocks[i]) for i in range(0, len(clocks) - 1, 2))
        charges.append(base_fee + max(0, ceil((total - base_time) / unit_time)) * unit_fee)
    return charges


def minutes(clock):
    """Minutes since midnight of an "HH:MM" clock."""
    return int(clock[:2]) * 60 + int(clock[3:])
