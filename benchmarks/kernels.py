"""Known kernels for the timing benchmarks, written out as a throwaway workspace.

Each kernel does its work on the input list and returns len(w), so all agree and
the harness can check every answer against the trusted one (`dict_count`).
"""

import tempfile
from pathlib import Path

STARTUP = "for _ in range(30_000):\n        pass  # a constant start-up cost, about 0.5 ms\n    "

KERNELS = {
    "dict_count": ("O(n)", "c = {}\n    for x in w:\n        c[x % 1000] = c.get(x % 1000, 0) + 1  # a small key range, like weights\n    return len(w)"),
    "sort": ("O(n log n)", "sorted(w)\n    return len(w)"),
    "pair_loop": ("O(n^2)", "s = 0\n    for i in range(len(w)):\n        a = w[i]\n"
                            "        for j in range(i + 1, len(w)):\n            s += a < w[j]\n    return len(w)"),
}

SPEC = """
slug = "kernels"
platform = "bench"
id = 0
url = "https://example.org/kernels"
title = {{ ko = "커널", en = "Kernels" }}

[signature]
function = "solution"
returns = "int"
size = "len(w)"

[[params]]
name = "w"
type = "list[int]"
len = [1, 200000]
min = 0
max = 1000000000

[limits]
time = 5.0

[solutions]
oracle = "dict_count.py"
references = ["dict_count.py"]

[[examples]]
why = "one"
input = {{ w = [3] }}
output = 1
"""


def workspace(with_startup=False):
    """A temporary workspace holding the kernels (optionally with a start-up cost); returns its path."""
    root = Path(tempfile.mkdtemp(prefix="algokit-kernels-"))
    (root / "problems" / "kernels").mkdir(parents=True)
    (root / "problems" / "kernels" / "problem.toml").write_text(SPEC.format())
    folder = root / "solutions" / "kernels"
    folder.mkdir(parents=True)
    for name, (_, body) in KERNELS.items():
        prefix = STARTUP if with_startup else ""
        (folder / f"{name}.py").write_text(f'"""Kernel {name}."""\n\n\ndef solution(w):\n    {prefix}{body}\n')
    return root
