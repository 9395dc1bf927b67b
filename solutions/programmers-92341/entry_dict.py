"""One pass over the records with a dict of entry times and a dict of total minutes.

An IN stores the car's entry time; an OUT adds the time since then to the car's
total and removes the entry. Cars still in at the end leave at 23:59. Each car's
fee uses its total for the whole day: the base fee plus ceil(extra / unit) units.

Time: O(r + c log c) for r records and c cars. Space: O(c).
"""

LAST_MINUTE = 23 * 60 + 59


def solution(fees, records):
    """Fees of every car, in order of car number."""
    base_time, base_fee, unit_time, unit_fee = fees
    entered, total = {}, {}
    for record in records:
        clock, car, kind = record.split()
        minute = int(clock[:2]) * 60 + int(clock[3:])
        if kind == "IN":
            entered[car] = minute
        else:
            total[car] = total.get(car, 0) + minute - entered.pop(car)
    for car, minute in entered.items():  # never left: out at 23:59
        total[car] = total.get(car, 0) + LAST_MINUTE - minute
    return [base_fee + max(0, -(-(total[car] - base_time) // unit_time)) * unit_fee  # ceil in integers
            for car in sorted(total)]
