"""Parking fees: a dict of entry times and a dict of total minutes per car; cars still parked
leave at 23:59; each car's fee comes from its day total.

Idea: turn "HH:MM" into minutes; on IN store the entry minute, on OUT add the stay to the
car's total and forget the entry. Then close every open entry at 1439, and for each car in
order of number charge the base fee plus ceil((total - base time) / unit) unit fees.

Time: O(r + c log c) for r records and c cars. Space: O(c).
Written plainly: split() per record, two dicts, math.ceil, sorted() over the car numbers.
"""

import math


def solution(fees, records):
    base_time, base_fee, unit_time, unit_fee = fees
    in_time = {}
    total = {}

    for record in records:
        time, car, kind = record.split()
        hh, mm = time.split(":")
        minute = int(hh) * 60 + int(mm)
        if kind == "IN":
            in_time[car] = minute
        else:
            stay = minute - in_time[car]
            del in_time[car]
            if car in total:
                total[car] += stay
            else:
                total[car] = stay

    for car in in_time:
        stay = 23 * 60 + 59 - in_time[car]
        if car in total:
            total[car] += stay
        else:
            total[car] = stay

    answer = []
    for car in sorted(total.keys()):
        t = total[car]
        if t <= base_time:
            answer.append(base_fee)
        else:
            answer.append(base_fee + math.ceil((t - base_time) / unit_time) * unit_fee)
    return answer
