"""N으로 표현's checker: exact, except on the 17 inputs where the rounding of a negative quotient matters.

The statement says division drops the remainder but not which way a negative
quotient rounds. Truncation toward zero (C, Java, int(a / b)) and Python's floor
division // both pass on Programmers, and they disagree only on these inputs, where
either answer is accepted. gen.py's strategy_division_dependent draws them.
"""

# (N, number): (answer when quotients truncate toward zero, answer with floor division //)
DIVISION_DEPENDENT = {
    (3, 170): (8, 7), (3, 503): (-1, 8), (3, 548): (-1, 8), (3, 1670): (-1, 8),
    (4, 375): (-1, 8), (4, 650): (-1, 8), (4, 1486): (-1, 8),
    (5, 699): (-1, 8), (5, 762): (-1, 8),
    (6, 140): (8, 7), (6, 878): (-1, 8), (6, 1340): (-1, 8),
    (7, 996): (-1, 8), (7, 1304): (-1, 8),
    (8, 1115): (-1, 8),
    (9, 134): (8, 7), (9, 1259): (-1, 8),
}


def check(input, expected, got):
    """Accept the expected count, or on a rounding-dependent input either rounding's count."""
    if type(got) is not int:
        return f"expected an int, got {type(got).__name__} {got!r}"
    both = DIVISION_DEPENDENT.get((input["N"], input["number"]))
    if both is not None:
        return got in both or (f"{got}, expected {both[0]} (quotients truncated toward zero) "
                                f"or {both[1]} (floor division //)")
    return got == expected or f"{got}, expected {expected}"
