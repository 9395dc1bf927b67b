"""No check that the total is within the base time: ceil of a negative extra lowers the fee below the base fee."""


def solution(fees, records):
    base_time, base_fee, unit_time, unit_fee = fees
    entered, total = {}, {}
    for record in records:
        clock, car, kind = record.split()
        minute = int(clock[:2]) * 60 + int(clock[3:])
        if kind == "IN":
            entered[car] = minute
        else:
            total[car] = total.get(car, 0) + minute - entered.pop(car)
    for car, minute in entered.items():
        total[car] = total.get(car, 0) + 23 * 60 + 59 - minute
    return [base_fee + -(-(total[car] - base_time) // unit_time) * unit_fee for car in sorted(total)]
