"""Charges each visit on its own (base time and rounding per stay) instead of once for the day's total."""


def solution(fees, records):
    base_time, base_fee, unit_time, unit_fee = fees
    entered, charge = {}, {}

    def fee(minutes):
        return base_fee + max(0, -(-(minutes - base_time) // unit_time)) * unit_fee

    for record in records:
        clock, car, kind = record.split()
        minute = int(clock[:2]) * 60 + int(clock[3:])
        if kind == "IN":
            entered[car] = minute
        else:
            charge[car] = charge.get(car, 0) + fee(minute - entered.pop(car))
    for car, minute in entered.items():
        charge[car] = charge.get(car, 0) + fee(23 * 60 + 59 - minute)
    return [charge[car] for car in sorted(charge)]
