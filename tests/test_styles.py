"""The three problem styles: stdin programs (Baekjoon), class Solution (LeetCode), and the
catalogue problems boj-2178, boj-12865 and leetcode-1 end to end.

- Worker runs stdin programs and class-style solutions directly;
- ``algokit check`` / ``show`` / ``new`` / ``time`` through CliRunner in a temp workspace;
- pytest on a fresh workspace through pytester;
- gen.py's promises (a reachable exit; exactly one Two Sum answer) checked independently.
"""

import json
import random
import textwrap
from collections import Counter, deque
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from algokit.judging.workers import Worker
from algokit.problem.generate import case_rng, custom, load_gen
from algokit.problem.spec import load_spec
from cli import run

ROOT = Path(__file__).resolve().parents[1]
MAZE, KNAPSACK, TWO_SUM = "boj-2178", "boj-12865", "leetcode-1"
LIMIT = 2.0  # seconds per call: generous, these programs take microseconds


def program(tmp_path, code, name="main.py"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(code), encoding="utf-8")
    return path


@pytest.fixture
def run_stdin(tmp_path):
    """``run(code, *inputs)``: a stdin program's Outcome for each input, all in one worker."""
    workers = []

    def run(code, *inputs):
        worker = Worker(program(tmp_path, code, f"p{len(workers)}.py"), "main", style="stdin")
        workers.append(worker)
        outcomes = [worker.call((text,), LIMIT) for text in inputs]
        return outcomes[0] if len(outcomes) == 1 else outcomes

    yield run
    for worker in workers:
        worker.close()


# --- stdin programs through Worker ---------------------------------------------------------------


@pytest.mark.parametrize("code", [
    "a, b = map(int, input().split())\nprint(a + b)\n",
    "import sys\na, b = map(int, sys.stdin.readline().split())\nprint(a + b)\n",
    "import sys\ninput = sys.stdin.readline\na, b = map(int, input().split())\nprint(a + b)\n",
    "import sys\nprint(sum(map(int, sys.stdin.read().split())))\n",
    "import sys\nprint(sum(map(int, sys.stdin.buffer.read().split())))\n",
    "import sys\nprint(sum(map(int, sys.stdin.buffer.readline().split())))\n",
    "import sys\nprint(sum(int(x) for line in sys.stdin for x in line.split()))\n",
    "import sys\nsys.stdout.write(str(sum(map(int, sys.stdin.read().split()))) + '\\n')\n",
], ids=["input", "stdin.readline", "input=readline", "stdin.read", "buffer.read", "buffer.readline",
        "for line in stdin", "stdout.write"])
def test_stdin_program_reads_input_and_prints_output(run_stdin, code):
    outcome = run_stdin(code, "3 4\n")
    assert outcome.status == "OK", outcome.message
    assert outcome.value == "7\n"
    assert outcome.output == ""  # the answer is the returned text, not captured printing


def test_stdin_program_reads_line_by_line_until_eof(run_stdin):
    code = """
        n = int(input())
        rows = [input() for _ in range(n)]
        try:
            input()
        except EOFError:
            print("eof")
        print(*reversed(rows), sep="|", end="!\\n")
    """
    outcome = run_stdin(code, "3\nab\ncd\nef\n")
    assert outcome.status == "OK", outcome.message
    assert outcome.value == "eof\nef|cd|ab!\n"


def test_stdin_program_mixing_print_write_and_buffer_gives_cpythons_order(run_stdin):
    # `python file.py > out` (without PYTHONUNBUFFERED): the text layer holds "a b " until it is
    # flushed, while bytes written to sys.stdout.buffer go straight to the buffer. A judge sees this.
    code = """
        import sys
        print("a", end=" ")
        sys.stdout.write("b ")
        sys.stdout.buffer.write(b"c ")
        print("d")
    """
    assert run_stdin(code, "").value == "c a b d\n"


def test_stdin_program_sees_unicode_text(run_stdin):
    outcome = run_stdin("print(input()[::-1])\n", "미로 탐색\n")
    assert outcome.value == "색탐 로미\n"


def test_stdin_program_reading_open_0_gets_the_input(run_stdin):
    # `open(0).read()` is a common Baekjoon idiom for reading all of stdin (fd 0).
    outcome = run_stdin("print(sum(map(int, open(0).read().split())))\n", "3 4\n")
    assert outcome.status == "OK", outcome.message
    assert outcome.value == "7\n"


@pytest.mark.parametrize("ending", ["exit()", "quit()", "import sys; sys.exit()", "import sys; sys.exit(0)",
                                    "raise SystemExit"])
def test_exit_with_status_0_ends_normally_with_the_output_so_far(run_stdin, ending):
    code = f"print(input())\n{ending}\nprint('never')\n"
    outcome = run_stdin(code, "hello\n")
    assert outcome.status == "OK", outcome.message
    assert outcome.value == "hello\n"


def test_exit_in_one_call_does_not_spoil_the_next(run_stdin):
    first, second = run_stdin("print(input())\nexit()\n", "a\n", "b\n")
    assert (first.status, first.value) == ("OK", "a\n")
    assert (second.status, second.value) == ("OK", "b\n")


@pytest.mark.parametrize("ending", ["import sys; sys.exit(1)", "exit(3)", "import sys; sys.exit('bad input')"])
def test_exit_with_a_failure_status_is_re(run_stdin, ending):
    outcome = run_stdin(f"print(input())\n{ending}\n", "hello\n")
    assert outcome.status == "RE"
    assert "sys.exit(" in outcome.message
    assert outcome.exception == "SystemExit"


def test_exception_in_a_program_is_re_naming_the_line(run_stdin):
    outcome = run_stdin("n = int(input())\nprint(10 // n)\n", "0\n")
    assert outcome.status == "RE"
    assert outcome.exception == "ZeroDivisionError"
    assert "p0.py:2" in outcome.message


def test_reading_past_the_input_is_re(run_stdin):
    outcome = run_stdin("a = input()\nb = input()\nprint(a, b)\n", "only one line\n")
    assert outcome.status == "RE" and outcome.exception == "EOFError"


def test_top_level_not_implemented_error_is_a_stub(run_stdin):
    code = """
        import sys
        input = sys.stdin.readline
        raise NotImplementedError  # read the input, print the answer
    """
    outcome = run_stdin(code, "1 2\n")
    assert outcome.status == "RE"
    assert outcome.exception == "NotImplementedError"  # what the judge calls an untouched stub


def test_interpreter_start_up_is_not_in_seconds(run_stdin):
    # A bound on what is measured (the program alone, not starting Python), not on speed.
    first, second = run_stdin("", "", "1 2\n")
    for outcome in (first, second):
        assert outcome.status == "OK" and outcome.value == ""
        assert 0 <= outcome.seconds < 0.03, outcome.seconds


def test_each_run_gets_fresh_globals(run_stdin):
    code = """
        try:
            count += 1
        except NameError:
            count = 1
        seen = globals().setdefault("seen", [])
        seen.append(input())
        print(__name__, count, seen)
    """
    first, second, third = run_stdin(code, "a\n", "b\n", "a\n")
    assert first.value == "__main__ 1 ['a']\n"
    assert second.value == "__main__ 1 ['b']\n"
    assert third.value == first.value


def test_same_program_twice_gives_the_same_output(run_stdin):
    code = (ROOT / "solutions" / MAZE / "bfs_deque.py").read_text(encoding="utf-8")
    text = load_spec(ROOT / "problems" / MAZE).examples[0].args[0]
    first, second = run_stdin(code, text, text)
    assert first.status == second.status == "OK"
    assert first.value == second.value == "15\n"


def test_syntax_error_in_a_program_is_re_at_import(run_stdin):
    outcome = run_stdin("print(\n", "")
    assert outcome.status == "RE" and "while importing" in outcome.message and "SyntaxError" in outcome.message


# --- class style through Worker ------------------------------------------------------------------


@pytest.fixture
def run_class(tmp_path):
    """``run(code, *calls)``: Solution().twoSum's Outcome for each argument tuple, in one worker."""
    workers = []

    def run(code, *calls, class_name="Solution", method="twoSum"):
        worker = Worker(program(tmp_path, code, f"s{len(workers)}.py"), method, style="class",
                        class_name=class_name)
        workers.append(worker)
        outcomes = [worker.call(args, LIMIT) for args in calls]
        return outcomes[0] if len(outcomes) == 1 else outcomes

    yield run
    for worker in workers:
        worker.close()


def test_class_solution_with_typing_names_but_no_import(run_class):
    code = """
        class Solution:
            def twoSum(self, nums: List[int], target: int) -> List[int]:
                seen: Dict[int, int] = {}
                best: Optional[List[int]] = None
                for j, x in enumerate(nums):
                    if target - x in seen:
                        return [seen[target - x], j]
                    seen[x] = j
                return best
    """
    outcome = run_class(code, ([2, 7, 11, 15], 9))
    assert outcome.status == "OK", outcome.message
    assert outcome.value == [0, 1]


def test_class_solution_with_its_own_typing_import(run_class):
    code = """
        from typing import List

        class Solution:
            def twoSum(self, nums: List[int], target: int) -> List[int]:
                return [0, 1]
    """
    assert run_class(code, ([3, 3], 6)).value == [0, 1]


def test_other_class_and_method_names(run_class):
    code = """
        class Codec:
            def add(self, a: int, b: int) -> int:
                return a + b
    """
    assert run_class(code, (2, 3), class_name="Codec", method="add").value == 5


@pytest.mark.parametrize("code", [
    "class Sol:\n    def twoSum(self, nums, target):\n        return [0, 1]\n",
    "def twoSum(nums, target):\n    return [0, 1]\n",
    "Solution = 3\n",
])
def test_missing_class_is_re_naming_it(run_class, code):
    outcome = run_class(code, ([2, 7], 9))
    assert outcome.status == "RE"
    assert "while importing" in outcome.message
    assert "no class Solution" in outcome.message and "twoSum()" in outcome.message


@pytest.mark.parametrize("code", [
    "class Solution:\n    def two_sum(self, nums, target):\n        return [0, 1]\n",
    "class Solution:\n    twoSum = None\n",
])
def test_missing_method_is_re_naming_it(run_class, code):
    outcome = run_class(code, ([2, 7], 9))
    assert outcome.status == "RE"
    assert "Solution" in outcome.message and "method twoSum()" in outcome.message


def test_each_call_gets_a_fresh_instance(run_class):
    code = """
        class Solution:
            def __init__(self):
                self.targets = []

            def twoSum(self, nums: List[int], target: int) -> List[int]:
                self.targets.append(target)
                self.calls = getattr(self, "calls", 0) + 1
                return [self.calls, len(self.targets), target]
    """
    outcomes = run_class(code, ([1, 2], 3), ([1, 2], 4), ([1, 2], 5))
    assert [o.value for o in outcomes] == [[1, 1, 3], [1, 1, 4], [1, 1, 5]]


def test_class_method_raising_not_implemented_is_a_stub(run_class):
    code = """
        class Solution:
            def twoSum(self, nums: List[int], target: int) -> List[int]:
                raise NotImplementedError
    """
    outcome = run_class(code, ([2, 7], 9))
    assert outcome.status == "RE" and outcome.exception == "NotImplementedError"


# --- the catalogue problems end to end: algokit check / show ------------------------------------


@pytest.fixture
def workspace(workspace_with):
    """A workspace holding copies of the three catalogue problems and their references."""
    return workspace_with(MAZE, KNAPSACK, TWO_SUM)


def cli(*args):
    # A crash must raise here, not exit 1 as a WA does: check_json returns the exit code to compare.
    return run(*args, catch_exceptions=False)


def check_json(problem, *files, seed=1):
    result = cli("check", problem, *files, "--json", "--seed", seed, "--max-examples", 30)
    document = json.loads(result.stdout)
    return result.exit_code, document


def add(workspace, slug, name, code):
    path = workspace / "solutions" / slug / name
    path.write_text(textwrap.dedent(code), encoding="utf-8")
    return path


def test_maze_reference_is_ok(workspace):
    code, document = check_json("2178", "bfs_frontier.py")
    assert code == 0, document
    assert document["problem"] == MAZE
    (result,) = document["results"]
    assert result["verdict"] == "OK" and result["counterexample"] is None
    assert "6 examples" in result["message"] and "3 runs at N = 100" in result["message"]


def test_knapsack_reference_is_ok(workspace):
    # The slowest check here: the trusted dp_1d.py answers two worst cases at N = 100, K = 100,000.
    code, document = check_json("평범한 배낭", "row_at_once.py")
    assert code == 0, document
    (result,) = document["results"]
    assert result["verdict"] == "OK" and "2 runs at N = 100" in result["message"]


def test_two_sum_reference_is_ok(workspace):
    code, document = check_json("Two Sum", "sort_two_pointers.py", "hash_two_pass.py")
    assert code == 0, document
    assert [r["verdict"] for r in document["results"]] == ["OK", "OK"]


MAZE_STEPS = """
    import sys
    from collections import deque

    input = sys.stdin.readline
    n, m = map(int, input().split())
    maze = [input().strip() for _ in range(n)]
    dist = [[-1] * m for _ in range(n)]
    dist[0][0] = 0  # counts steps, not cells: one short
    queue = deque([(0, 0)])
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < n and 0 <= nc < m and maze[nr][nc] == "1" and dist[nr][nc] < 0:
                dist[nr][nc] = dist[r][c] + 1
                queue.append((nr, nc))
    print(dist[n - 1][m - 1])
"""


def test_maze_counting_steps_is_wa_with_text_counterexample(workspace):
    add(workspace, MAZE, "steps.py", MAZE_STEPS)
    code, document = check_json("미로 탐색", "steps.py")
    assert code == 1
    (result,) = document["results"]
    assert result["verdict"] == "WA" and "token 1" in result["message"]
    assert result["counterexample"] == {"input": {"stdin": "4 6\n101111\n101010\n101011\n111011\n"},
                                        "expected": "15", "got": "14\n", "where": "example 1"}


KNAPSACK_UNBOUNDED = """
    import sys

    input = sys.stdin.readline
    n, k = map(int, input().split())
    best = [0] * (k + 1)
    for _ in range(n):
        w, v = map(int, input().split())
        for c in range(w, k + 1):  # upward: an item is taken again and again
            best[c] = max(best[c], best[c - w] + v)
    print(best[k])
"""


def test_knapsack_filling_upward_is_wa_with_text_counterexample(workspace):
    add(workspace, KNAPSACK, "unbounded.py", KNAPSACK_UNBOUNDED)
    code, document = check_json("평범한 배낭", "unbounded.py")
    assert code == 1
    (result,) = document["results"]
    assert result["verdict"] == "WA"
    assert result["counterexample"] == {"input": {"stdin": "1 10\n1 5\n"}, "expected": "5", "got": "50\n",
                                        "where": "example 3"}


KNAPSACK_BREAKS = """
    import sys

    input = sys.stdin.readline
    n, k = map(int, input().split())
    best = [0] * (k + 1)
    for _ in range(n):
        w, v = map(int, input().split())
        if w > k:
            break  # should be continue: later items are never considered
        for c in range(k, w - 1, -1):
            best[c] = max(best[c], best[c - w] + v)
    print(best[k])
"""


def knapsack(text):
    """The best value, by trying every subset: small inputs only."""
    lines = text.split("\n")
    n, k = map(int, lines[0].split())
    items = [tuple(map(int, line.split())) for line in lines[1:n + 1]]
    best = 0
    for subset in range(1 << n):
        chosen = [items[i] for i in range(n) if subset >> i & 1]
        if sum(w for w, _ in chosen) <= k:
            best = max(best, sum(v for _, v in chosen))
    return best


def test_knapsack_bug_past_the_examples_is_found_by_the_crosscheck(workspace):
    add(workspace, KNAPSACK, "breaks.py", KNAPSACK_BREAKS)
    for example in load_spec(workspace / "problems" / KNAPSACK).examples:
        assert knapsack(example.args[0]) == int(example.output)  # my own oracle agrees with the spec
    code, document = check_json("12865", "breaks.py", seed=7)
    assert code == 1
    (result,) = document["results"]
    assert result["verdict"] == "WA"
    found = result["counterexample"]
    assert set(found) == {"input", "expected", "got", "where"} and set(found["input"]) == {"stdin"}
    assert found["where"] == "cross-check"  # past the examples: generated, and shrunk
    text = found["input"]["stdin"]
    n, k = map(int, text.split("\n")[0].split())
    assert text.count("\n") == n + 1 and any(int(line.split()[0]) > k for line in text.splitlines()[1:])
    assert found["expected"].split() == [str(knapsack(text))]
    assert found["got"].split() != found["expected"].split()


def test_two_sum_in_reversed_order_is_ok(workspace):
    add(workspace, TWO_SUM, "reversed.py", """
        class Solution:
            def twoSum(self, nums: List[int], target: int) -> List[int]:
                seen = {}
                for j, x in enumerate(nums):
                    if target - x in seen:
                        return [j, seen[target - x]]  # the later index first
                    seen[x] = j
                return []
    """)
    code, document = check_json("two sum", "reversed.py")
    assert code == 0, document
    assert document["results"][0]["verdict"] == "OK"


def test_two_sum_wrong_answer_names_the_checker_reason(workspace):
    add(workspace, TWO_SUM, "first_two.py", """
        class Solution:
            def twoSum(self, nums, target):
                return [0, 0] if nums[0] * 2 == target else [0, 1]
    """)
    code, document = check_json(TWO_SUM, "first_two.py")
    assert code == 1
    (result,) = document["results"]
    assert result["verdict"] == "WA" and result["message"].startswith("wrong answer: ")
    assert set(result["counterexample"]["input"]) == {"nums", "target"}


@pytest.mark.parametrize("name, slug", [
    ("미로 탐색", MAZE), ("미로탐색", MAZE), ("2178", MAZE), ("boj/2178", MAZE), ("Maze Exploration", MAZE),
    ("평범한 배낭", KNAPSACK), ("12865", KNAPSACK), ("knapsack", KNAPSACK),
    ("Two Sum", TWO_SUM), ("two-sum", TWO_SUM), ("두 수의 합", TWO_SUM), ("leetcode/1", TWO_SUM),
])
def test_names_resolve_in_show(workspace, name, slug):
    result = cli("show", name, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["slug"] == slug


def test_show_describes_each_style(workspace):
    maze = json.loads(cli("show", "미로 탐색", "--json").stdout)
    assert maze["signature"] == "a program: the input on stdin, the answer on stdout"
    assert maze["params"] == [{"name": "stdin", "type": "str"}] and maze["returns"] == "str"
    assert maze["examples"][0] == {"input": {"stdin": "4 6\n101111\n101010\n101011\n111011\n"},
                                   "output": "15", "why": "official"}
    assert maze["constraints"] == ["2 <= N <= 100; the rest is in the statement"]
    two_sum = json.loads(cli("show", "Two Sum", "--json").stdout)
    assert two_sum["signature"] == "Solution.twoSum(nums: list[int], target: int) -> list[int]"
    text = cli("show", "평범한 배낭").output
    assert "Time limit: 13 s at N = 100" in text and "     1 10" in text and "     -> 5" in text


def test_unknown_name_is_a_usage_error(workspace):
    result = run("check", "미로 찾기 대회", "bfs_deque.py")
    assert result.exit_code == 2 and "Traceback" not in result.output


# --- algokit new, and pytest on the new workspace -----------------------------------------------


def test_new_writes_stubs_and_pytest_skips_them_and_passes_the_references(pytester):
    assert run("init").exit_code == 0
    for name in ("미로 탐색", "Two Sum"):
        result = run("new", name, "--author", "kim")
        assert result.exit_code == 0, result.output

    maze = (pytester.path / "solutions" / MAZE / "kim.py").read_text(encoding="utf-8")
    compile(maze, "kim.py", "exec")
    assert "import sys\n" in maze and "sys.stdin" in maze
    assert "\nraise NotImplementedError" in maze  # at top level, not inside a function
    assert "def main" not in maze and "def solution" not in maze
    assert "Check it: algokit check boj-2178 solutions/boj-2178/kim.py" in maze
    two_sum = (pytester.path / "solutions" / TWO_SUM / "kim.py").read_text(encoding="utf-8")
    compile(two_sum, "kim.py", "exec")
    assert "\nclass Solution:\n" in two_sum
    assert "    def twoSum(self, nums: List[int], target: int) -> List[int]:\n" in two_sum
    assert "Solution().twoSum([2, 7, 11, 15], 9) == [0, 1]" in two_sum
    for slug in (MAZE, TWO_SUM):  # the references stay with the catalogue, out of the members' sight
        spec = load_spec(ROOT / "problems" / slug)
        for reference in spec.references:
            assert not (pytester.path / "solutions" / slug / reference).exists()

    result = pytester.runpytest("problems", "-m", "not slow", "--algokit-examples", "15", "-rs", "-q",
                                "-p", "no:benchmark")
    # Per problem: 4 references with 6 examples each, 3 cross-checked (not the oracle);
    # kim's 6 examples and cross-check skipped; every max[...] run deselected as slow: one
    # per worst case for each file, but one only for the reference expected to be slow.
    result.assert_outcomes(passed=2 * (4 * 6 + 3), skipped=2 * 7, deselected=(4 * 3 + 1) + (4 * 2 + 1))
    out = result.stdout.str()
    assert "kim.py is an untouched stub (raises NotImplementedError): write main()" in out
    assert "kim.py is an untouched stub (raises NotImplementedError): write twoSum()" in out


# --- algokit time --------------------------------------------------------------------------------


def test_time_maze_at_small_sizes(workspace):
    result = cli("time", MAZE, "--sizes", "5,10", "--repeat", "2", "--json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["problem"] == MAZE and document["sizes"] == [5, 10]
    assert document["cases"] == ["snake", "open", "random"]  # every worst case, in gen.py's order
    spec = load_spec(workspace / "problems" / MAZE)
    assert sorted(r["solution"] for r in document["results"]) == sorted(Path(r).stem for r in spec.references)
    for row in document["results"]:
        assert row["status"] == {"5": "OK", "10": "OK"}, row
        assert all(t is not None and t > 0 for t in row["times"].values()), row
    assert document["interrupted"] is False


# --- gen.py's promises ---------------------------------------------------------------------------

MAZE_SPEC = load_spec(ROOT / "problems" / MAZE)
MAZE_GEN = load_gen(MAZE_SPEC)
TWO_SUM_SPEC = load_spec(ROOT / "problems" / TWO_SUM)
TWO_SUM_GEN = load_gen(TWO_SUM_SPEC)
PROPERTY = settings(max_examples=150, deadline=None, database=None)


def parse_maze(text):
    """(n, m, rows) from the input text, checking its format and the constraints."""
    lines = text.split("\n")
    assert lines[-1] == "", "the text ends with a newline"
    n, m = map(int, lines[0].split())
    rows = lines[1:-1]
    assert 2 <= n <= 100 and 2 <= m <= 100
    assert len(rows) == n and all(len(row) == m and set(row) <= {"0", "1"} for row in rows)
    return n, m, rows


def shortest(rows):
    """Cells on a shortest path from the top-left to the bottom-right, or None: my own BFS."""
    n, m = len(rows), len(rows[0])
    if rows[0][0] != "1":
        return None
    dist = {(0, 0): 1}
    queue = deque([(0, 0)])
    while queue:
        r, c = queue.popleft()
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < n and 0 <= nc < m and rows[nr][nc] == "1" and (nr, nc) not in dist:
                dist[nr, nc] = dist[r, c] + 1
                queue.append((nr, nc))
    return dist.get((n - 1, m - 1))


def test_maze_gen_has_strategies_and_worst_cases():
    assert set(custom(MAZE_GEN, "strategy")) == {"small_mazes", "detours", "winding"}
    assert list(custom(MAZE_GEN, "worst")) == ["snake", "open", "random"]


@pytest.mark.parametrize("name", sorted(custom(MAZE_GEN, "strategy")))
@PROPERTY
@given(data=st.data())
def test_every_generated_maze_has_a_reachable_exit(name, data):
    text = data.draw(custom(MAZE_GEN, "strategy")[name]())
    n, m, rows = parse_maze(text)
    assert rows[0][0] == "1" and rows[-1][-1] == "1"
    assert shortest(rows) is not None, text


@pytest.mark.parametrize("name", list(custom(MAZE_GEN, "worst")))
def test_every_worst_case_maze_has_a_reachable_exit(name):
    make = custom(MAZE_GEN, "worst")[name]
    for n in [*range(2, 13), 37, 99, 100]:
        for rng in (case_rng(MAZE_SPEC, name, n), random.Random(n)):
            text = make(n, rng)
            assert parse_maze(text)[:2] == (n, n)
            assert shortest(text.split("\n")[1:-1]) is not None, (name, n)


def test_snake_is_the_long_way_round():
    rows = MAZE_GEN.worst_snake(100, random.Random(0)).split("\n")[1:-1]
    assert shortest(rows) > 0.45 * 100 * 100  # about n^2 / 2 cells, as gen.py says


def answer_pairs(nums, target):
    """Every pair i < j with nums[i] + nums[j] == target, by brute force."""
    return [(i, j) for i in range(len(nums)) for j in range(i + 1, len(nums)) if nums[i] + nums[j] == target]


def pair_count(nums, target):
    """How many pairs i < j sum to target, counted with a dict: O(n)."""
    counts = Counter(nums)
    total = 0
    for x, k in counts.items():
        y = target - x
        if x < y:
            total += k * counts.get(y, 0)
        elif x == y:
            total += k * (k - 1) // 2
    return total


def test_two_sum_gen_has_strategies_and_worst_cases():
    assert set(custom(TWO_SUM_GEN, "strategy")) == {"small", "wide"}
    assert list(custom(TWO_SUM_GEN, "worst")) == ["answer_last", "random"]


@pytest.mark.parametrize("name", sorted(custom(TWO_SUM_GEN, "strategy")))
@PROPERTY
@given(data=st.data())
def test_every_generated_two_sum_has_exactly_one_answer(name, data):
    kwargs = data.draw(custom(TWO_SUM_GEN, "strategy")[name]())
    assert set(kwargs) == {"nums", "target"}
    args = (kwargs["nums"], kwargs["target"])
    assert TWO_SUM_SPEC.violations(args) == []
    pairs = answer_pairs(*args)
    assert len(pairs) == 1, (kwargs, pairs)
    assert pair_count(*args) == 1


@pytest.mark.parametrize("name", list(custom(TWO_SUM_GEN, "worst")))
def test_every_worst_case_two_sum_has_exactly_one_answer(name):
    make = custom(TWO_SUM_GEN, "worst")[name]
    for n in range(2, 41):
        for seed in range(3):
            kwargs = make(n, random.Random(f"{seed}:{n}"))
            assert len(kwargs["nums"]) == n
            assert len(answer_pairs(kwargs["nums"], kwargs["target"])) == 1, (name, n, seed)
    for n in (2000, TWO_SUM_SPEC.size_max):
        kwargs = make(n, case_rng(TWO_SUM_SPEC, name, n))
        args = (kwargs["nums"], kwargs["target"])
        assert len(args[0]) == n and TWO_SUM_SPEC.violations(args) == []
        assert pair_count(*args) == 1, (name, n)


def test_answer_last_puts_the_pair_at_the_end():
    kwargs = TWO_SUM_GEN.worst_answer_last(2000, random.Random(5))
    nums, target = kwargs["nums"], kwargs["target"]
    assert nums[-2] + nums[-1] == target and pair_count(nums, target) == 1
