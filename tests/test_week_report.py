"""``algokit week --markdown / --plot / --update``: the session report, on a tiny throwaway workspace.

One cold ``algokit week`` fills the cache of a module-wide workspace; every test
works in its own copy of it (cache included), so most runs read the cells back and
take well under a second. No assertion depends on how fast anything ran: only on
statuses, structure, and bytes.
"""

import json
import re
import shutil
import sys
import textwrap

import pytest

from algokit import layout
from algokit.errors import AlgokitError
from algokit.group import markers
from algokit.group.week import WEEK_FACTOR, WEEK_POINTS
from algokit.judging.timing import default_sizes
from algokit.problem.spec import load_spec
from algokit.report.timing import fit_text
from cli import ok, run, usage_error
from toy import SUM_REFERENCES, sum_spec

SLUG = "toy-sum"
TITLE = "합|더하기"  # a "|" that the Markdown tables must escape
HINT_KO, HINT_EN = "하나씩 <차례로> 더하세요", "Add them one by one, <in order>"
SPEC = sum_spec(title=(TITLE, "Sum"), max_len=400, extra=f"""
[[hints]]
ko = "{HINT_KO}"
en = "{HINT_EN}"
""")
MEMBERS = {
    "민웅.py": "def solution(nums):\n    return sum(sorted(nums))\n",  # OK, another algorithm
    "지수.py": "def solution(nums):\n    return sum(nums) + (len(nums) > 2)\n",  # WA from 3 numbers on
    "하늘.py": "def solution(nums):\n    raise NotImplementedError('write solution(nums)')\n",  # the stub
}  # 서연 has no file
CONFIG = 'author = "민웅"\nmembers = ["민웅", "지수", "하늘", "서연"]\n\n[weeks]\n1 = ["toy-sum"]\n'
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
BEGIN, END = "<!-- algokit:week 1 -->", "<!-- /algokit:week 1 -->"


@pytest.fixture(scope="module")
def warmed(tmp_path_factory):
    """A workspace whose week 1 is checked and timed once (cold): its cache holds every cell."""
    root = tmp_path_factory.mktemp("week-report")
    (root / "problems" / SLUG).mkdir(parents=True)
    (root / "problems" / SLUG / "problem.toml").write_text(SPEC, encoding="utf-8")
    folder = root / "solutions" / SLUG
    folder.mkdir(parents=True)
    for name, code in {**SUM_REFERENCES, **MEMBERS}.items():
        (folder / name).write_text(textwrap.dedent(code), encoding="utf-8")
    (root / "algokit.toml").write_text(CONFIG, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        document = json.loads(ok(run("week", "1", "--json", "-j", "1")).stdout)
    return root, document


@pytest.fixture
def ws(warmed, tmp_path, monkeypatch):
    """A copy of the warmed workspace, cache included, to run and change things in."""
    root = tmp_path / "ws"
    shutil.copytree(warmed[0], root)
    monkeypatch.chdir(root)
    return root


def report():
    return ok(run("week", "1", "--markdown")).stdout


def details_blocks(text):
    """``{member: block}`` for every ``<details>`` block of the report."""
    blocks = re.findall(r"<details>\n<summary>(.+?): .*?</summary>\n.*?</details>", text, flags=re.S)
    return {member: re.search(rf"<details>\n<summary>{re.escape(member)}: .*?</details>", text, re.S).group(0)
            for member in blocks}


def fences(block):
    """The contents of each fenced code block, in order."""
    return [body for body in re.findall(r"^```text\n(.*?)\n```$", block, flags=re.S | re.M)]


def table(text, first_header):
    """The rows (lists of cells, split on unescaped ``|``) of the table whose header starts with ``first_header``."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"| {first_header}"))
    rows = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in re.split(r"(?<!\\)\|", line)[1:-1]])
    return rows[0], rows[2:]


# --- the report ---------------------------------------------------------------------------------


def test_a_wa_member_gets_a_details_block_with_the_counterexample_and_hint_1(ws, warmed):
    text = report()
    blocks = details_blocks(text)
    assert set(blocks) == {"지수", "하늘"}  # not OK: WA and the stub; 민웅 is OK and 서연 has no file
    wa = blocks["지수"]
    # GitHub renders the Markdown inside only after a blank line under <summary>
    assert wa.startswith(f"<details>\n<summary>지수: WA on {TITLE} ({SLUG})</summary>\n\n")
    found = warmed[1]["rows"][0]["cells"]["지수"]["counterexample"]
    assert fences(wa) == [f"nums = {found['input']['nums']!r}", repr(found["expected"]), repr(found["got"])]
    assert found["got"] == sum(found["input"]["nums"]) + 1  # the counterexample is the member's real failure
    assert f"Input (the smallest found, {found['where']}):" in wa and found["where"] in ("cross-check", "example 1",
                                                                                        "example 2", "example 3")
    assert "힌트 1 (기법): 하나씩 &lt;차례로&gt; 더하세요" in wa  # escaped: "<차례로>" is no HTML tag
    assert "Hint 1 (the technique): Add them one by one, &lt;in order&gt;" in wa
    assert wa.endswith("\n\n</details>")
    stub = blocks["하늘"]
    assert "<summary>하늘: stub on" in stub and "Hint 1 (the technique)" in stub and not fences(stub)


def test_the_week_table_escapes_pipes_and_keeps_the_ratio_with_its_interval(ws):
    header, rows = table(report(), "week 1")
    assert header == ["week 1", "민웅", "지수", "하늘", "서연"]
    (row,) = rows
    assert row[0] == f"{TITLE.replace('|', chr(92) + '|')} ({SLUG})"
    cells = dict(zip(header[1:], row[1:]))
    assert re.fullmatch(r"OK \d+\.\d\dx ±\d+%", cells["민웅"]), cells
    assert (cells["지수"], cells["하늘"], cells["서연"]) == ("WA", "stub", "—")


def test_each_solution_has_its_complexity_next_to_the_baselines(ws, warmed):
    header, rows = table(report(), "solution")
    assert header == ["solution", "verdict", "speed at len(nums) = 400", "complexity"]
    by_name = {row[0]: row for row in rows}
    assert set(by_name) == {"baseline `loop.py`", "민웅", "지수", "하늘"}
    document = warmed[1]["rows"][0]
    for name, fitted in (("baseline `loop.py`", document["reference"]), ("민웅", document["cells"]["민웅"])):
        assert re.fullmatch(r"O\(.+\)(\?.*)?", by_name[name][3]), by_name[name]
        assert by_name[name][3] == fit_text(fitted["complexity"], fitted["fit_trusted"], fitted["growth_per_doubling"])
    assert by_name["지수"][1:] == ["WA", "—", "—"] and by_name["하늘"][1:] == ["stub", "—", "—"]
    assert re.fullmatch(r"\d+\.\d\dx ±\d+%", by_name["민웅"][2])


def test_the_fit_and_its_times_go_into_the_json_and_the_cache(ws, warmed):
    spec = load_spec(ws / "problems" / SLUG / "problem.toml")
    sizes = {str(n) for n in default_sizes(spec, WEEK_POINTS, WEEK_FACTOR)}
    assert len(sizes) == WEEK_POINTS and str(spec.size_max) in sizes
    cold = warmed[1]["rows"][0]
    again = json.loads(ok(run("week", "1", "--json")).stdout)["rows"][0]
    assert again["cells"]["민웅"]["cached"] is True
    for fitted in (cold["reference"], cold["cells"]["민웅"]):
        assert set(fitted["times"]) == sizes
        assert fitted["complexity"].startswith("O(") and fitted["fit_error"] >= 0
    assert cold["reference"]["file"] == "loop.py"
    for key in ("complexity", "fit_error", "fit_trusted", "growth_per_doubling", "times", "ratio", "low", "high"):
        assert again["cells"]["민웅"][key] == cold["cells"]["민웅"][key], key  # read back, not measured again
        assert again["reference"].get(key) == cold["reference"].get(key), key
    assert cold["cells"]["지수"]["complexity"] is None and cold["cells"]["서연"]["times"] == {}


def test_the_cache_note_goes_to_stderr_never_into_the_markdown(ws):
    result = ok(run("week", "1", "--markdown"))
    assert "3 of 3 cells from the cache" in result.stderr
    assert "cache" not in result.stdout


# --- --plot ---------------------------------------------------------------------------------------


def test_plot_writes_one_png_per_problem_and_the_markdown_links_it(ws):
    pytest.importorskip("matplotlib")
    result = ok(run("week", "1", "--markdown", "--plot", "plots"))
    png = ws / "plots" / f"week1-{SLUG}.png"
    assert png.read_bytes().startswith(PNG_SIGNATURE)
    assert f"](plots/week1-{SLUG}.png)" in result.stdout  # relative to the current folder
    assert f"plot: plots/week1-{SLUG}.png" in result.stderr
    (ws / "docs").mkdir()
    ok(run("week", "1", "--update", "docs/README.md", "--plot", "plots"))
    assert f"](../plots/week1-{SLUG}.png)" in (ws / "docs" / "README.md").read_text(encoding="utf-8")


def test_plot_without_matplotlib_says_how_to_install_it_before_any_work(ws, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib now raises ImportError
    (ws / ".algokit").rename(ws / "no-cache")  # were the week worked out first, this would time it
    usage_error(run("week", "1", "--markdown", "--plot", "plots"), 'pip install "algokit[plot]"', "--plot")
    assert not (ws / "plots").exists() and not (ws / ".algokit").exists()


# --- --update -------------------------------------------------------------------------------------


def around(before, after, newline="\n"):
    """A README with the week's markers between ``before`` and ``after`` (and stale text inside)."""
    return (before + BEGIN + newline + "stale table" + newline + END + after).encode("utf-8")


@pytest.mark.parametrize("before, after, newline", [
    ("# 스터디\n\n", "\n\n## 다음 주\n- 토마토\n", "\n"),
    ("# Study\r\n\r\nintro\r\n", "\r\nfooter\r\n", "\r\n"),  # Windows line endings
    ("\ufeff# with a BOM\n", "\nlast line without a newline", "\n"),
    ("", "", "\n"),  # the markers alone, the end marker the file's last bytes
], ids=["lf", "crlf", "bom-no-final-newline", "markers-only"])
def test_update_rewrites_only_between_the_markers_and_twice_is_byte_identical(ws, before, after, newline):
    readme = ws / "README.md"
    readme.write_bytes(around(before, after, newline))
    assert "updated README.md: the week 1 block" in ok(run("week", "1", "--update", "README.md")).stdout
    first = readme.read_bytes()
    head, tail = (before + BEGIN + newline).encode("utf-8"), (END + after).encode("utf-8")
    assert first.startswith(head) and first.endswith(tail)  # every byte outside the block as it was
    block = first[len(head):-len(tail)].decode("utf-8")
    assert "stale table" not in block and "| week 1 |" in block and "<details>" in block
    if newline == "\r\n":
        assert block.count("\n") == block.count("\r\n")  # the block takes the file's line ending
    assert "up to date (nothing written)" in ok(run("week", "1", "--update", "README.md")).stdout
    assert readme.read_bytes() == first


def test_update_after_a_cold_run_and_a_cached_run_gives_the_same_bytes(ws):
    readme = ws / "README.md"
    readme.write_text("# Study\n", encoding="utf-8")
    cold = ok(run("week", "1", "--update", "README.md", "--fresh"))
    assert "from the cache" not in cold.stderr
    first = readme.read_bytes()
    cached = ok(run("week", "1", "--update", "README.md"))
    assert "3 of 3 cells from the cache" in cached.stderr  # said, but kept out of the file
    assert readme.read_bytes() == first


@pytest.mark.parametrize("text, expected_start", [
    ("# Study\n\nintro\n", "# Study\n\nintro\n\n" + BEGIN + "\n\n| week 1 |"),
    ("# Study\n\nno final newline", "# Study\n\nno final newline\n\n" + BEGIN + "\n\n| week 1 |"),
    ("# Study\r\n", "# Study\r\n\r\n" + BEGIN + "\r\n\r\n| week 1 |"),
    ("# Study\n\n", "# Study\n\n" + BEGIN + "\n\n| week 1 |"),  # a blank line there already: no second one
    ("<!-- algokit:week 12 -->\nweek 12\n<!-- /algokit:week 12 -->\n",
     "<!-- algokit:week 12 -->\nweek 12\n<!-- /algokit:week 12 -->\n\n" + BEGIN),  # another week's block
], ids=["lf", "no-final-newline", "crlf", "blank-line-already", "other-week"])
def test_update_without_markers_appends_the_marked_block(ws, text, expected_start):
    readme = ws / "README.md"
    readme.write_bytes(text.encode("utf-8"))
    out = ok(run("week", "1", "--update", "README.md")).stdout
    assert "README.md had no week 1 markers: appended the block at its end" in out
    written = readme.read_bytes().decode("utf-8")
    newline = "\r\n" if "\r\n" in text else "\n"
    assert written.startswith(expected_start) and written.endswith(newline + END + newline)
    assert written.count(BEGIN) == 1
    assert "up to date" in ok(run("week", "1", "--update", "README.md")).stdout  # the markers are found now
    assert readme.read_bytes().decode("utf-8") == written


def test_update_of_a_file_that_does_not_exist_creates_it(ws):
    out = ok(run("week", "1", "--update", "WEEKS.md")).stdout
    assert "created WEEKS.md" in out
    assert (ws / "WEEKS.md").read_text(encoding="utf-8").startswith(BEGIN + "\n\n| week 1 |")


@pytest.mark.parametrize("text, line, words", [
    (f"# Study\n{BEGIN}\ntable\n", 2, "has no `<!-- /algokit:week 1 -->` below it"),
    (f"# Study\n\ntable\n{END}\n", 4, "has no `<!-- algokit:week 1 -->` above it"),
    (f"# Study\n{END}\ntable\n{BEGIN}\n", 2, "comes before `<!-- algokit:week 1 -->` (line 4)"),
    (f"{BEGIN}\na\n{END}\n\n{BEGIN}\nb\n{END}\n", 5, "a second `<!-- algokit:week 1 -->` (the first is at line 1)"),
    (f"{BEGIN}\na\n{END}\n{END}\n", 4, "a second `<!-- /algokit:week 1 -->`"),
], ids=["begin-only", "end-only", "out-of-order", "two-pairs", "two-ends"])
def test_broken_markers_are_one_error_naming_the_line_and_nothing_is_written(ws, text, line, words):
    readme = ws / "README.md"
    readme.write_bytes(text.encode("utf-8"))
    (ws / ".algokit").rename(ws / "no-cache")  # said before any work: nothing is checked or timed
    message = usage_error(run("week", "1", "--update", "README.md"), f"README.md:{line}: ", words,
                          "nothing was written")
    assert message.count("Error") == 1
    assert readme.read_bytes() == text.encode("utf-8")
    assert not (ws / ".algokit").exists()


def test_update_and_json_together_is_a_usage_error(ws):
    usage_error(run("week", "1", "--update", "README.md", "--json"), "choose one")


# --- markers, without the command -----------------------------------------------------------------


def test_a_failed_write_leaves_the_file_whole_and_no_temporary_behind(tmp_path, monkeypatch):
    readme = tmp_path / "README.md"
    original = around("# Study\n", "\nend\n")
    readme.write_bytes(original)

    def crash(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(markers.os, "replace", crash)
    with pytest.raises(AlgokitError, match="cannot write it .No space left on device.; the file was left as it was"):
        markers.update(readme, "week 1", "| new |")
    assert readme.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["README.md"]


def test_update_through_a_symlink_rewrites_its_target_and_keeps_the_mode(tmp_path):
    target = tmp_path / "real.md"
    target.write_bytes(around("", "\n"))
    target.chmod(0o640)
    link = tmp_path / "README.md"
    link.symlink_to(target)
    assert markers.update(link, "week 1", "| new |") == "updated"
    assert link.is_symlink() and "| new |" in target.read_text(encoding="utf-8")
    assert target.stat().st_mode & 0o777 == 0o640


def test_markers_match_their_own_week_only_and_allow_spacing(tmp_path):
    text = ("<!-- algokit:week 11 -->\nkeep\n<!-- /algokit:week 11 -->\n"
            "  <!--algokit:week  1-->  \nold\n<!-- /algokit:week 1 -->\n")
    new, appended = markers.replace(text, "week 1", "new", tmp_path / "README.md")
    assert not appended
    assert new == ("<!-- algokit:week 11 -->\nkeep\n<!-- /algokit:week 11 -->\n"
                   "  <!--algokit:week  1-->  \n\nnew\n\n<!-- /algokit:week 1 -->\n")


def test_a_readme_that_is_not_utf8_is_an_error_and_untouched(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_bytes("# 스터디\n".encode("cp949"))
    with pytest.raises(AlgokitError, match=r"README.md: not UTF-8 text .*nothing was written"):
        markers.update(readme, "week 1", "| new |")
    assert readme.read_bytes() == "# 스터디\n".encode("cp949")


def test_a_split_scored_problem_shows_both_halves_in_the_week(tmp_path, monkeypatch):
    # 도둑질 is graded in 정확성 and 효율성 halves: a right but exhaustive member passes one and not the other.
    monkeypatch.chdir(tmp_path)
    assert run("init", "--member", "민웅").exit_code == 0
    assert run("new", "42897", "--week", 1, "--author", "민웅").exit_code == 0
    slow = layout.catalogue_root() / "solutions" / "programmers-42897" / "every_choice.py"  # left in the catalogue
    (tmp_path / "solutions" / "programmers-42897" / "민웅.py").write_bytes(slow.read_bytes())
    result = run("week", "1", "--json", "-j", "1")
    cell = json.loads(result.stdout)["rows"][0]["cells"]["민웅"]
    assert cell["verdict"] == "TLE"
    assert cell["message"].startswith("정확성 OK, 효율성 TLE: ")
