"""Members who write Java, C++ or JavaScript get the platform's verdict, as Python members do.

Every file of tests/languages/ goes through ``algokit check``, which runs it many times
in a row (examples, the cross-check, runs at the maximum): right ones, subtly wrong
ones (WA with the input that shows it), slow ones (TLE at the maximum under the
language's own limit), and hostile ones (an endless loop, a crash, a memory bomb, an
exit). The toolchains are on CI's machine; elsewhere a test whose compiler or runtime
is missing is skipped, never passed.
"""

import json
import os
import re
import shutil
from pathlib import Path

import pytest

from algokit import languages
from algokit.judging import programs
from cli import run
from processes import HAS_PROC, still_alive

LANGUAGES = Path(__file__).resolve().parent / "languages"
SEESAW, TWO_SUM = "programmers-152996", "leetcode-1"


def _tools(path):
    """Skip a test whose language's tools are missing here; on CI they must be there."""
    language = languages.of_path(path)
    missing = [tool for tool in language.tools if shutil.which(tool) is None]
    if missing and not os.environ.get("CI"):
        pytest.skip(f"{', '.join(missing)} not installed")


def check(problem, path, seed=3):
    _tools(path)
    result = run("check", problem, path, "--json", "--seed", seed, "--max-examples", 15)
    assert result.exit_code in (0, 1), result.output
    (found,) = json.loads(result.stdout)["results"]
    return found


FUNCTION = [  # 시소 짝꿍, as Programmers calls solution(weights)
    ("Counting.java", "OK", "0.6 s for Java (0.6 of Python's 1 s)"),
    ("counting.cpp", "OK", "0.25 s for C++ (0.25 of Python's 1 s)"),
    ("counting.js", "OK", "0.6 s for JavaScript"),
    ("StaticCalls.java", "OK", "agrees with brute_force.py on 15 inputs"),  # static fields start fresh per call
    ("global_state.cpp", "OK", "agrees with brute_force.py on 15 inputs"),  # globals too; its main() is ignored
    ("global_state.js", "OK", "agrees with brute_force.py on 15 inputs"),
    ("IntOverflow.java", "WA", ""),
    ("int_overflow.cpp", "WA", ""),
    ("wrong_key.cpp", "WA", ""),
    ("sort_default.js", "WA", ""),
    ("PairLoop.java", "TLE", "over 0.6 s for Java"),
    ("pair_loop.cpp", "TLE", "over 0.25 s for C++"),
    ("pair_loop.js", "TLE", "over 0.6 s for JavaScript"),
    # Stopped by their CPU time: on a busy machine too, where time spent waiting for a CPU is not waiting.
    ("EndlessLoop.java", "TLE", "over 0.6 s (stopped after"),
    ("endless_loop.cpp", "TLE", "over 0.25 s (stopped after"),
    ("endless_loop.js", "TLE", "over 0.6 s (stopped after"),
    ("MemoryBomb.java", "MLE", "over 512 MiB"),
    ("memory_bomb.cpp", "MLE", "over 512 MiB"),
    ("memory_bomb.js", "MLE", "over 512 MiB"),
    ("segfault.cpp", "RE", "segmentation fault"),
    ("Exits.java", "RE", "exited with code 1"),
    ("throws.js", "RE", "TypeError at line 4"),
    ("CompileError.java", "CE", "CompileError.java:4: error: ';' expected"),
    ("compile_error.cpp", "CE", "'undeclared_total' was not declared"),
]


@pytest.mark.parametrize("name, verdict, words", FUNCTION, ids=[f[0] for f in FUNCTION])
def test_a_programmers_file_in_any_language_gets_the_judges_verdict(judged_workspace, name, verdict, words):
    found = check(SEESAW, LANGUAGES / "function" / name)
    assert found["verdict"] == verdict, found
    assert words in found["message"], found["message"]
    if verdict == "WA":
        example = found["counterexample"]
        assert example["got"] != example["expected"] and example["input"]["weights"], found


def test_a_wrong_compiled_file_gets_a_shrunk_counterexample(judged_workspace):
    path = LANGUAGES / "function" / "wrong_key.cpp"
    _tools(path)
    result = run("check", SEESAW, path, "--seed", 3, "--max-examples", 30)
    assert result.exit_code == 1, result.output
    assert "input (generated, shrunk by Hypothesis):" in result.output
    weights = json.loads(result.output.split("weights = ", 1)[1].splitlines()[0])
    smaller, larger = sorted(weights)
    assert len(weights) == 2 and larger * 2 // 3 == smaller and larger % 3, result.output  # e.g. [133, 200]


def test_an_overflow_only_at_the_maximum_is_caught_there(judged_workspace):
    path = LANGUAGES / "function" / "IntOverflow.java"
    _tools(path)
    result = run("check", SEESAW, path, "--seed", 3, "--max-examples", 15)
    assert "input (worst case 'all_equal' at len(weights) = 100000)" in result.output, result.output
    assert "expected: 4999950000" in result.output


STDIN = [  # the toy "sum of N numbers", as Baekjoon runs a program on stdin
    ("미로 탐색.java", "OK", ""),  # public class Main in a file named otherwise, as BaekjoonHub saves it
    ("ExitZero.java", "OK", ""),
    ("sum.cpp", "OK", ""),  # with #ifndef ONLINE_JUDGE freopen(...)
    ("sum.js", "OK", ""),
    ("sum_dev_stdin.js", "OK", ""),
    ("NoFlush.java", "WA", ""),
    ("returns_one.cpp", "RE", "exited with code 1"),
    ("spins.cpp", "TLE", "over 0.5 s (stopped after"),
]


@pytest.mark.parametrize("name, verdict, words", STDIN, ids=[s[0] for s in STDIN])
def test_a_stdin_program_in_any_language_gets_the_judges_verdict(judged_workspace, name, verdict, words):
    found = check("toy-sum", LANGUAGES / "stdin" / name)
    assert found["verdict"] == verdict, found
    assert words in found["message"], found["message"]
    if verdict == "OK":
        assert "3 examples; agrees with loop.py on 15 inputs; 1 runs at N = 20000" in found["message"]


CLASS = ["Solution.java", "two_sum.cpp", "two_sum.js"]


@pytest.mark.parametrize("name", CLASS)
def test_a_leetcode_class_in_any_language_is_accepted(judged_workspace, name):
    found = check(TWO_SUM, LANGUAGES / "class" / name)
    assert found["verdict"] == "OK", found
    assert "6 examples" in found["message"]


# --- files the kit cannot judge, and tools that are missing ---------------------------------------


def test_a_file_in_another_language_gets_one_line_naming_the_supported_ones(judged_workspace):
    workspace = judged_workspace
    path = workspace / "solutions" / SEESAW / "kim.rb"
    path.write_text("def solution(weights) = 0\n")
    result = run("check", SEESAW, path)
    assert result.exit_code == 2
    assert "kim.rb: algokit judges Python (.py), Java (.java), C++ (.cpp/.cc/.cxx), JavaScript (.js)" in result.output
    assert "Traceback" not in result.output


def test_a_missing_compiler_is_a_usage_error_that_says_how_to_install_it(judged_workspace, monkeypatch):
    workspace = judged_workspace
    empty = workspace / "no-tools"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    result = run("check", SEESAW, LANGUAGES / "function" / "Counting.java")
    assert result.exit_code == 2, result.output
    assert "Java files need `javac`, which is not on PATH: install a JDK 17 or newer" in result.output
    assert "Traceback" not in result.output


def test_a_compile_is_done_once_per_content(judged_workspace):
    workspace = judged_workspace
    path = workspace / "solutions" / SEESAW / "kim.cpp"
    shutil.copy(LANGUAGES / "function" / "counting.cpp", path)
    _tools(path)
    first = programs.prepare(path, "function", "solution", "Solution", 512, workspace)
    assert programs.prepare(path, "function", "solution", "Solution", 512, workspace) == first
    assert Path(first.argv[0]).is_relative_to(workspace / ".algokit" / "build")
    path.write_text(path.read_text().replace("long long answer = 0;", "long long answer = 0;  // edited"))
    assert programs.prepare(path, "function", "solution", "Solution", 512, workspace).argv != first.argv


# --- the wire format ------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [0, -7, 2**62, 1.5, float("inf"), True, False, "", "시소 짝꿍\n two words",
                                   [], [1, 2, 3], [[1], [], [2, 3]], ["a b", "c"], None])
def test_values_cross_to_the_drivers_and_back_unchanged(value):
    assert programs.decode(programs.encode([value])) == value


@pytest.mark.parametrize("name", ["Counting.java", "counting.cpp", "counting.js"])
def test_each_call_meets_fresh_state_and_nothing_outlives_the_check(judged_workspace, name):
    workspace = judged_workspace
    """A file run twice in one check, its second run unaffected by the first; no JVM or node left behind."""
    path = LANGUAGES / "function" / name
    found = check(SEESAW, path)
    assert found["verdict"] == "OK"
    if HAS_PROC:
        assert not still_alive(_running_from(workspace / ".algokit" / "build")), "a program outlived the check"


def _running_from(folder):
    """PIDs of processes whose command line names ``folder`` (the built programs and drivers)."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if str(folder).encode() in cmdline.read_bytes():
                found.append(int(cmdline.parent.name))
        except OSError:
            continue
    return found


# --- the group's week, with members in several languages -------------------------------------------

WEEK_MEMBERS = {
    "지수.java": "class Solution {\n    public long solution(int[] nums) {\n        long total = 0;\n"
                "        for (int x : nums) total += x;\n        return total;\n    }\n}\n",
    "민웅.cpp": "#include <vector>\nusing namespace std;\nint solution(vector<int> nums) {\n    int total = 0;\n"
               "    for (int x : nums) total += x;\n    return total;\n}\n",
    "하늘.js": "function solution(nums) {\n    return nums.reduce((a, b) => a + b, 0) + (nums.length > 2 ? 1 : 0);\n}\n",
}


@pytest.fixture
def group(tmp_path, monkeypatch):
    """The toy sum problem (up to 400 numbers) with a Java, a C++ and a JavaScript member."""
    import textwrap

    from toy import SUM_REFERENCES, sum_spec

    for name in WEEK_MEMBERS:
        _tools(name)
    (tmp_path / "problems" / "toy-sum").mkdir(parents=True)
    (tmp_path / "problems" / "toy-sum" / "problem.toml").write_text(sum_spec(max_len=400), encoding="utf-8")
    folder = tmp_path / "solutions" / "toy-sum"
    folder.mkdir(parents=True)
    for name, code in {**SUM_REFERENCES, **WEEK_MEMBERS}.items():
        (folder / name).write_text(textwrap.dedent(code), encoding="utf-8")
    (tmp_path / "algokit.toml").write_text('author = "지수"\nmembers = ["지수", "민웅", "하늘"]\n\n'
                                           '[weeks]\n1 = ["toy-sum"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_java_and_cpp_members_appear_in_the_week_with_verdicts_ratios_and_their_language(group):
    document = json.loads(run("week", "1", "--json", "-j", "1").stdout)
    cells = document["rows"][0]["cells"]
    for member, language in (("지수", "java"), ("민웅", "cpp")):
        assert cells[member]["verdict"] == "OK", cells[member]
        assert cells[member]["ratio"] > 0 and cells[member]["language"] == language
    assert cells["하늘"]["verdict"] == "WA" and cells["하늘"]["language"] == "js"
    assert len(cells["하늘"]["counterexample"]["input"]["nums"]) == 3  # shrunk to the first input that fails
    markdown = run("week", "1", "--markdown").stdout
    assert re.search(r"\| OK \d+\.\d\dx ±\d+% · Java \| OK \d+\.\d\dx ±\d+% · C\+\+ \| WA · JavaScript \|", markdown)
    assert "| 민웅 · C++ | OK |" in markdown


def test_time_names_the_language_beside_each_ratio(group):
    result = run("time", "toy-sum", "solutions/toy-sum/지수.java", "solutions/toy-sum/민웅.cpp", "--sizes", "100,400",
                 "--repeat", 1)
    assert result.exit_code == 0, result.output
    assert re.search(r"지수 \(Java\) .* \d+\.\d\dx", result.output) and re.search(r"민웅 \(C\+\+\)", result.output)
    document = json.loads(run("time", "toy-sum", "solutions/toy-sum/민웅.cpp", "--sizes", "100,400", "--repeat", 1,
                              "--json").stdout)
    assert {r["solution"]: r["language"] for r in document["results"]} == {"민웅": "cpp", "loop": "python"}


# --- stubs in each language, and the member's language remembered -----------------------------------


@pytest.mark.parametrize("language", ["java", "cpp", "js"])
@pytest.mark.parametrize("slug", [SEESAW, TWO_SUM, "boj-2178"])
def test_new_writes_the_platforms_stub_in_that_language_and_it_builds(workspace_with, slug, language):
    root = workspace_with(slug)
    result = run("new", slug, "--lang", language, "--author", "지수")
    assert result.exit_code == 0, result.output
    (stub,) = [p for p in (root / "solutions" / slug).iterdir() if p.stem == "지수"]
    assert stub.suffix == languages.get(language).extension
    text = stub.read_text(encoding="utf-8")
    assert f"Check it: algokit check {slug} solutions/{slug}/{stub.name}" in text
    if slug == SEESAW:
        assert {"java": "public long solution(int[] weights)", "cpp": "long long solution(vector<int> weights)",
                "js": "function solution(weights)"}[language] in text  # as Programmers' own stub declares it
    found = check(slug, stub)
    assert found["verdict"] == "RE" and "not implemented yet" in found["message"], found  # never CE


def test_new_remembers_the_members_language_for_the_next_problem(workspace_with):
    root = workspace_with(SEESAW, TWO_SUM)
    assert run("init", "--author", "지수").exit_code == 0
    assert run("new", SEESAW, "--lang", "C++").exit_code == 0
    assert '"지수" = "cpp"' in (root / "algokit.toml").read_text(encoding="utf-8")
    assert run("new", TWO_SUM).exit_code == 0
    assert (root / "solutions" / TWO_SUM / "지수.cpp").is_file()
    assert not (root / "solutions" / TWO_SUM / "지수.py").exists()


def test_an_unknown_language_is_one_line_naming_the_known_ones(workspace_with):
    workspace_with(SEESAW)
    result = run("new", SEESAW, "--lang", "rust", "--author", "지수")
    assert result.exit_code == 2
    assert "--lang 'rust': give one of python, java, cpp, js" in result.output


def test_pytest_collects_and_passes_a_java_members_file(workspace_with, pytester):
    root = workspace_with(SEESAW)
    shutil.copy(LANGUAGES / "function" / "Counting.java", root / "solutions" / SEESAW / "지수.java")
    _tools("x.java")
    result = pytester.runpytest(f"problems/{SEESAW}", "-k", "지수", "-p", "no:cacheprovider", "-q")
    result.assert_outcomes(passed=8 + 1 + 3)  # the examples, the cross-check, the runs at the maximum
    assert f"problems/{SEESAW}::지수.java::example[1]" in "\n".join(
        pytester.runpytest(f"problems/{SEESAW}", "--collect-only", "-q").outlines)


# --- state between test cases, as each platform keeps it ---------------------------------------------

COUNTERS = {  # each call returns how many calls its state has seen
    ("function", ".java"): "class Solution {\n    static long calls = 0;\n"
                           "    public long solution(int[] weights) { return ++calls; }\n}\n",
    ("function", ".cpp"): "#include <vector>\nlong long calls = 0;\n"
                          "long long solution(std::vector<int> weights) { return ++calls; }\n",
    ("function", ".js"): "let calls = 0;\nfunction solution(weights) { return ++calls; }\n",
    ("class", ".java"): "class Solution {\n    static int calls = 0;\n"
                        "    public int[] twoSum(int[] nums, int target) { calls++; return new int[] {calls, 0}; }\n}\n",
    ("class", ".cpp"): "#include <vector>\nusing namespace std;\nint calls = 0;\nclass Solution {\npublic:\n"
                       "    vector<int> twoSum(vector<int>& nums, int target) { calls++; return {calls, 0}; }\n};\n",
    ("class", ".js"): "var calls = 0;\nvar twoSum = function (nums, target) { calls++; return [calls, 0]; };\n",
}


@pytest.mark.parametrize("extension", [".java", ".cpp", ".js"])
@pytest.mark.parametrize("style, slug, args, calls", [
    ("function", SEESAW, ([100, 200],), [1, 1, 1]),  # Programmers: each case fresh
    ("class", TWO_SUM, ([1, 2], 3), [1, 2, 3]),  # LeetCode: one process for every case, state and all
])
def test_state_between_cases_is_the_platforms_and_timed_calls_start_fresh(tmp_path, extension, style, slug, args,
                                                                           calls):
    from algokit.judging.judge import worker_for
    from algokit.problem.spec import load_spec

    path = tmp_path / f"Counter{extension}"
    path.write_text(COUNTERS[style, extension], encoding="utf-8")
    _tools(path)
    worker = worker_for(load_spec(Path(__file__).resolve().parents[1] / "problems" / slug), path)
    first = (lambda value: value) if style == "function" else (lambda value: value[0])
    try:
        assert [first(worker.call(args, 2).value) for _ in calls] == calls
        assert first(worker.time(args, 5, 2).value) == 1  # a timed call meets fresh state
    finally:
        worker.close()
