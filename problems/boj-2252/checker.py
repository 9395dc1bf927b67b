"""줄 세우기's checker: any order of all N students that keeps every compared pair in order is right."""


def check(input, expected, got):
    """Accept a permutation of 1..N in which A comes before B for every comparison "A B"; else say why not."""
    numbers = list(map(int, input["stdin"].split()))
    n, m = numbers[0], numbers[1]
    pairs = [(numbers[2 + 2 * i], numbers[3 + 2 * i]) for i in range(m)]
    tokens = got.split()
    if len(tokens) != n:
        return f"expected {n} students, got {len(tokens)} tokens"
    try:
        order = [int(token) for token in tokens]
    except ValueError:
        return f"expected student numbers, got {next(t for t in tokens if not t.lstrip('-').isdigit())!r}"
    place = {}
    for index, student in enumerate(order):
        if not 1 <= student <= n:
            return f"{student} is not a student: they are numbered 1 to {n}"
        if student in place:
            return f"student {student} stands in the line twice"
        place[student] = index
    for a, b in pairs:
        if place[a] > place[b]:
            return f"{a} must stand before {b}, but stands after"
    return True
