"""A problem that is not in the catalogue, usable on the day it is picked: end to end, in fresh workspaces.

`new --new --from` a member's file, `examples add` from a pasted page, members
cross-checked against each other when there is no oracle (DISAGREE, shrunk, the
majority marked likely), `promote`, and the paste formats with their mistakes.
"""

import json
import tomllib
from pathlib import Path

import pytest

from algokit.problem.paste import PasteError, infer_type, parse
from cli import run

# --- a function problem: the largest difference between two numbers --------------------------------

TABLE = "numbers\tresult\n[1, 5, 3]\t4\n[2, 2]\t0\n[-3, 7, 0]\t10\n"
RIGHT = "def solution(numbers):\n    return max(numbers) - min(numbers)\n"
ALSO_RIGHT = "def solution(numbers):\n    s = sorted(numbers)\n    return s[-1] - s[0]\n"
# Right on every example (each starts with its smallest number), wrong anywhere else.
FIRST_IS_SMALLEST = "def solution(numbers):\n    return max(numbers) - numbers[0]\n"


@pytest.fixture
def group(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run("init", "--author", "민웅").exit_code == 0
    return tmp_path


def test_from_a_member_file_to_a_disagreement(group):
    mine = group / "mine.py"
    mine.write_text(RIGHT, encoding="utf-8")
    made = run("new", "최댓값 차이", "--new", "--from", mine, "--slug", "max-gap")
    assert made.exit_code == 0, made.output
    assert "algokit examples add max-gap" in made.stdout and "pytest problems/max-gap" in made.stdout
    spec = group / "problems" / "max-gap" / "problem.toml"
    text = spec.read_text(encoding="utf-8")
    assert text.startswith("#:schema ../problem.schema.json\n")
    assert 'name = "numbers"' in text and "TODO" in text
    assert (group / "solutions" / "max-gap" / "민웅.py").read_text(encoding="utf-8") == RIGHT

    before = run("check", "max-gap", "solutions/max-gap/민웅.py")  # incomplete: says what is missing
    assert before.exit_code == 2 and "still to fill: signature.returns, params[0].type" in before.output

    added = run("examples", "add", "max-gap", input=TABLE)
    assert added.exit_code == 0, added.output
    assert "3 examples added" in added.stdout and "params[0].type = list[int]" in added.stdout
    assert "signature.returns = int" in added.stdout
    data = tomllib.loads(spec.read_text(encoding="utf-8"))
    assert [e["why"] for e in data["examples"]] == ["official"] * 3
    assert data["examples"][2] == {"why": "official", "input": {"numbers": [-3, 7, 0]}, "output": 10}
    again = run("examples", "add", "max-gap", input=TABLE)
    assert "0 examples added, 3 already there" in again.stdout

    alone = run("check", "max-gap", "solutions/max-gap/민웅.py", "--json")
    (result,) = json.loads(alone.stdout)["results"]
    assert result["verdict"] == "OK" and "no other solution to cross-check against" in result["message"]

    (group / "solutions" / "max-gap" / "지수.py").write_text(ALSO_RIGHT, encoding="utf-8")
    (group / "solutions" / "max-gap" / "하늘.py").write_text(FIRST_IS_SMALLEST, encoding="utf-8")
    checked = run("check", "max-gap", "solutions/max-gap/하늘.py", "--json", "--seed", "5")
    assert checked.exit_code == 1
    (result,) = json.loads(checked.stdout)["results"]
    assert result["verdict"] == "DISAGREE" and result["counterexample"] is None
    found = result["disagreement"]
    numbers = found["input"]["numbers"]
    assert len(numbers) == 2 and numbers[0] > numbers[1]  # the smallest input that shows it
    answers = {tuple(a["files"]): a["value"] for a in found["answers"]}
    assert answers[("민웅.py", "지수.py")] == max(numbers) - min(numbers)
    assert answers[("하늘.py",)] == 0
    human = run("check", "max-gap", "solutions/max-gap/하늘.py", "--seed", "5").stdout
    assert "(likely: 2 of 3 agree)" in human and "at least one of these is wrong" in human

    tested = run_pytest(group, "problems/max-gap")
    assert "DISAGREE" in tested and "members" in tested and "(likely: 2 of 3 agree)" in tested


def run_pytest(folder, *args):
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
                           *args], cwd=folder, capture_output=True, text=True)
    return done.stdout + done.stderr


def test_promoting_a_file_makes_it_the_oracle_and_the_verdicts_are_the_usual_ones(group):
    mine = group / "mine.py"
    mine.write_text(RIGHT, encoding="utf-8")
    run("new", "최댓값 차이", "--signature", "solution(numbers)", "--slug", "max-gap")
    run("examples", "add", "max-gap", input=TABLE)
    wrong = group / "solutions" / "max-gap" / "하늘.py"
    wrong.write_text(FIRST_IS_SMALLEST, encoding="utf-8")
    promoted = run("promote", "max-gap", mine, "--as", "max_minus_min", "--oracle")
    assert promoted.exit_code == 0, promoted.output
    assert mine.exists() and (group / "solutions" / "max-gap" / "max_minus_min.py").read_text() == RIGHT
    data = tomllib.loads((group / "problems" / "max-gap" / "problem.toml").read_text(encoding="utf-8"))
    assert data["solutions"] == {"references": ["max_minus_min.py"], "oracle": "max_minus_min.py"}
    (result,) = json.loads(run("check", "max-gap", wrong, "--json", "--seed", "5").stdout)["results"]
    assert result["verdict"] == "WA" and result["counterexample"]["expected"] != result["counterexample"]["got"]
    refused = run("promote", "max-gap", mine, "--as", "max_minus_min")
    assert refused.exit_code == 2 and "exists already" in refused.output


@pytest.mark.parametrize("signature, style, entry", [
    ("solution(queue1, queue2)", "function", "def solution(queue1, queue2):"),
    ("Solution.twoSum(nums, target)", "class", "    def twoSum(self, nums, target):"),
    ("stdin", "stdin", "input = sys.stdin.readline"),
])
def test_a_signature_given_as_text_sets_the_style_and_the_stub(group, signature, style, entry):
    assert run("new", "문제", "--signature", signature, "--slug", "p").exit_code == 0
    text = (group / "problems" / "p" / "problem.toml").read_text(encoding="utf-8")
    assert (f'style = "{style}"' in text) == (style != "function")
    assert entry in (group / "solutions" / "p" / "민웅.py").read_text(encoding="utf-8")


def test_a_leetcode_file_gives_its_class_method_and_hinted_types(group):
    source = group / "two.py"
    source.write_text("from typing import List\n\nclass Solution:\n"
                      "    def twoSum(self, nums: List[int], target: int) -> List[int]:\n        return [0, 1]\n")
    run("new", "Two Sum copy", "--new", "--from", source, "--slug", "two")
    data = tomllib.loads((group / "problems" / "two" / "problem.toml").read_text(encoding="utf-8"))
    assert data["signature"] == {"style": "class", "class": "Solution", "function": "twoSum",
                                 "returns": "list[int]"}
    assert [(p["name"], p["type"]) for p in data["params"]] == [("nums", "list[int]"), ("target", "int")]
    assert data["platform"] == "leetcode"


# --- stdin programs: a grid and an edge list, with their formats proposed from the examples ---------

GRID_PASTE = """예제 입력 1 복사
3 4
1011
0110
1111
예제 출력 1 복사
9
예제 입력 2
2 2
00
01
예제 출력 2
1
"""
COUNT_ONES = "n, m = map(int, input().split())\nprint(sum(input().count('1') for _ in range(n)))\n"
COUNT_ONES_TOO = "import sys\nn, m, *rows = sys.stdin.read().split()\nprint(''.join(rows).count('1'))\n"
# Right on both examples (at most 3 rows), wrong on taller grids.
SKIPS_ROW_FOUR = ("n, m = map(int, input().split())\nrows = [input() for _ in range(n)]\n"
                  "print(sum(r.count('1') for i, r in enumerate(rows) if i != 3))\n")

EDGES_PASTE = """Sample Input 1
3 2
1 2 5
2 3 7
Sample Output 1
12

Sample Input 2
4 1
1 4 3
Sample Output 2
3
"""
TOTAL_WEIGHT = "v, e = map(int, input().split())\nprint(sum(int(input().split()[2]) for _ in range(e)))\n"
TOTAL_WEIGHT_TOO = "import sys\nv, e, *rest = map(int, sys.stdin.read().split())\nprint(sum(rest[2::3]))\n"
# Right on both examples (at most 2 edges), wrong with three or more.
DROPS_THIRD = ("v, e = map(int, input().split())\nw = [int(input().split()[2]) for _ in range(e)]\n"
               "print(sum(w[:2]) + sum(w[3:]))\n")


@pytest.mark.parametrize("paste, files, proposed", [
    (GRID_PASTE, (COUNT_ONES, COUNT_ONES_TOO, SKIPS_ROW_FOUR), ["N M", "maze: N lines of M chars '01'"]),
    (EDGES_PASTE, (TOTAL_WEIGHT, TOTAL_WEIGHT_TOO, DROPS_THIRD), ["V E", "edges: E lines of u v w"]),
], ids=["grid", "edges"])
def test_a_stdin_problem_from_pasted_blocks_and_a_proposed_format(group, paste, files, proposed):
    assert run("new", "새 문제", "--signature", "stdin", "--slug", "p").exit_code == 0
    added = run("examples", "add", "p", input=paste)
    assert added.exit_code == 0, added.output
    assert "2 examples added" in added.stdout and "proposed  [input]" in added.stdout
    spec = group / "problems" / "p" / "problem.toml"
    data = tomllib.loads(spec.read_text(encoding="utf-8"))
    assert data["input"]["lines"] == proposed
    assert data["examples"][0]["output"] in ("9", "12")
    # The member widens the proposed bounds to the statement's, as the comment asks.
    text = spec.read_text(encoding="utf-8")
    bounds = data["input"]["bounds"]
    widened = {name: [low, 6] if isinstance(high, int) and name in ("N", "M", "E") else [low, high]
               for name, (low, high) in bounds.items()}
    if "V" in widened:
        widened["V"], widened["w"] = [2, 6], [1, 100]
    line = "bounds = { " + ", ".join(f"{k} = {json.dumps(v)}" for k, v in widened.items()) + " }"
    spec.write_text("\n".join(line if row.startswith("bounds =") else row for row in text.splitlines()) + "\n",
                    encoding="utf-8")
    folder = group / "solutions" / "p"
    for name, code in zip(("민웅.py", "지수.py", "하늘.py"), files):
        (folder / name).write_text(code, encoding="utf-8")
    checked = run("check", "p", folder / "하늘.py", "--json", "--seed", "2")
    (result,) = json.loads(checked.stdout)["results"]
    assert result["verdict"] == "DISAGREE", result
    groups = {tuple(a["files"]): a["value"] for a in result["disagreement"]["answers"]}
    assert set(groups) == {("민웅.py", "지수.py"), ("하늘.py",)}
    tested = run_pytest(group, "problems/p")
    assert "DISAGREE" in tested and "(likely: 2 of 3 agree)" in tested


# --- the paste formats ---------------------------------------------------------------------------


def test_programmers_table_with_spaces_inside_lists_and_quotes():
    kind, found = parse('genres plays result\n["classic", "pop"]  [500, 600]  [1, 0]\n')
    assert kind == "programmers"
    assert found[0].input == {"genres": ["classic", "pop"], "plays": [500, 600]} and found[0].output == [1, 0]


def test_leetcode_lines_with_json_words():
    kind, found = parse('Example 1:\nInput: s = "a, b", flag = true\nOutput: null\nExplanation: none\n')
    assert kind == "leetcode" and found[0].input == {"s": "a, b", "flag": True} and found[0].output is None


def test_baekjoon_blocks_drop_the_copy_buttons_and_keep_inner_spacing():
    kind, found = parse("예제 입력 1 복사\n2\n1 2\n\n예제 출력 1 복사\n3\n")
    assert kind == "baekjoon" and found[0].input == "2\n1 2\n" and found[0].output == "3"


@pytest.mark.parametrize("text, names, words", [
    ("numbers\tresult\n[1, 2\t3\n", None, "line 2:"),
    ("numbers\tresult\n[1, 2]\n", None, "line 2: 1 cells, expected 2"),
    ("nums\tresult\n[1]\t1\n", ["numbers"], "line 1: the table's columns are nums"),
    ("Input: a = 1\n", None, "line 1: Input: with no Output: after it"),
    ("Output: 3\n", None, "line 1: Output: with no Input: before it"),
    ("예제 입력 1\n3\n", None, "line 1: example 1 has no 예제 출력"),
    ("nothing to see\n", None, "no examples found"),
], ids=["bad-literal", "short-row", "wrong-names", "no-output", "no-input", "boj-no-output", "nothing"])
def test_malformed_pastes_name_the_line(text, names, words):
    with pytest.raises(PasteError) as caught:
        parse(text, names)
    assert words in str(caught.value)


def test_a_malformed_paste_writes_nothing(group):
    run("new", "최댓값 차이", "--signature", "solution(numbers)", "--slug", "max-gap")
    spec = group / "problems" / "max-gap" / "problem.toml"
    before = spec.read_bytes()
    result = run("examples", "add", "max-gap", input="numbers\tresult\n[1, 2]\t1\n[3, 4\t1\n")
    assert result.exit_code == 2 and "line 3:" in result.output and "Traceback" not in result.output
    assert spec.read_bytes() == before


@pytest.mark.parametrize("values, expected", [
    ([1, 2], "int"), ([1, 2.5], "float"), (["a"], "str"), ([True], "bool"), ([[1], [2, 3]], "list[int]"),
    ([[[1, 2]], []], "list[list[int]]"), ([["a", "b"]], "list[str]"), ([[]], None), ([1, "a"], None),
])
def test_types_are_inferred_from_the_examples(values, expected):
    assert infer_type(values) == expected


def test_a_skeleton_and_its_filled_spec_validate_against_the_schema(group):
    jsonschema = pytest.importorskip("jsonschema")
    from algokit.problem.specfile import json_schema

    run("new", "최댓값 차이", "--signature", "solution(numbers)", "--slug", "max-gap")
    spec = group / "problems" / "max-gap" / "problem.toml"
    jsonschema.validate(tomllib.loads(spec.read_text(encoding="utf-8")), json_schema())
    run("examples", "add", "max-gap", input=TABLE)
    jsonschema.validate(tomllib.loads(spec.read_text(encoding="utf-8")), json_schema())
    assert Path(group / "problems" / "problem.schema.json").is_file()
