"""Reads "07:59" as the number 759, so a stay across the hour counts 40 minutes too many."""


def solution(fees, records):
    base_time, base_fee, unit_time, unit_fee = fees
    entered, total = {}, {}
    for record in records:
        clock, car, kind = record.split()
        minute = int(clock.replace(":", ""))
        if kind == "IN":
            entered[car] = minute
        else:
            total[car] = total.get(car, 0) + minute - entered.pop(car)
    for car, minute in entered.items():
        total[car] = total.get(car, 0) + 2359 - minute
    return [base_fee + max(0, -(-(total[car] - base_time) // unit_time)) * unit_fee for car in sorted(total)]
