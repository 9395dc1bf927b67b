"""두 용액's checker: any pair whose sum is as close to 0 as the best one is right, printed in ascending order."""


def check(input, expected, got):
    """Accept two different solutions from the input, ascending, with the optimal |sum|; else say why not."""
    values = set(map(int, input["stdin"].split()[1:]))
    best = abs(sum(map(int, expected.split())))
    tokens = got.split()
    if len(tokens) != 2:
        return f"expected two numbers, got {len(tokens)} tokens"
    try:
        a, b = map(int, tokens)
    except ValueError:
        return f"expected two integers, got {got.strip()!r}"
    for value in (a, b):
        if value not in values:
            return f"{value} is not one of the solutions"
    if a == b:
        return f"the same solution twice: {a}"
    if a > b:
        return f"not in ascending order: {a} {b}"
    if abs(a + b) != best:
        return f"{a} + {b} = {a + b}, but a pair with |sum| = {best} exists"
    return True
