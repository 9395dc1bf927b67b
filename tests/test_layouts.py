"""The group's own repository layout: declared once in algokit.toml, detected from the files already there,
and used by every command that looks for a member's file (week, check, time, pytest, new).

Repos are built from plain files in tmp_path, in the four layouts groups use. The catalogue
problems they name (시소 짝꿍, 두 용액, 미로 탐색, 토마토) are recognised by their titles and ids.
"""

import json
import shutil
import subprocess
import sys
import tomllib
import unicodedata

import pytest

from algokit import names
from algokit.errors import AlgokitError
from algokit.group import detect, memberfiles
from algokit.problem import catalog
from cli import ok, run

WRONG = "print(1)\n"  # every member's file is wrong: a quick verdict that proves the file was found
SEESAW, SOLUTIONS_2470, TOMATO, MAZE = "programmers-152996", "boj-2470", "boj-7576", "boj-2178"
HUB_SPACE = "\u2005"  # BaekjoonHub writes titles with four-per-em spaces


def declare(root, lines):
    """Add top-level ``lines`` to algokit.toml, above its tables, as a member would."""
    path = root / "algokit.toml"
    text = path.read_text(encoding="utf-8")
    head, sep, tables = text.partition("\n[")
    path.write_text(head + "\n" + lines + sep + tables, encoding="utf-8")


def build(root, files, authors=None):
    """Plain files at ``files``; with ``authors`` each is committed to git by its author, in order."""
    root.mkdir(parents=True, exist_ok=True)
    if authors:
        subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    for i, relpath in enumerate(files):
        path = root / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(WRONG, encoding="utf-8")
        if authors:
            subprocess.run(["git", "add", "--", relpath], cwd=root, check=True)
            subprocess.run(["git", "-c", f"user.name={authors[i]}", "-c", "user.email=m@example.com",
                            "commit", "-qm", f"add {relpath}"], cwd=root, check=True)
    return root


LAYOUTS = {
    "weekly-folders": (
        "Week{week:02}/{platform}{id}_{member}.py",
        ["Week04/BOJ2470_김주성.py", "Week04/BOJ2470_이민웅.py", "Week04/BOJ7576_김주성.py",
         "Week05/PGS152996_박지수.py"],
        None),
    "member-folders": (
        "{member}/week{week}/{title}.py",
        ["민웅/week4/두 용액.py", "민웅/week4/미로 탐색.py", "지수/week4/두용액.py",
         unicodedata.normalize("NFD", "지수/week5/시소짝꿍.py")],  # a name from macOS arrives as NFD
        None),
    "title-folders": (
        "{title}/{member}.py",
        ["두 용액/민웅.py", "두 용액/지수.py", "미로 탐색/지수.py", "시소 짝꿍/민웅.py"],
        None),
    "baekjoonhub": (
        "{platform}/{level}/{id}. {title}/{title}.py",
        [f"백준/Gold/2470.{HUB_SPACE}두{HUB_SPACE}용액/두{HUB_SPACE}용액.py",
         f"백준/Gold/7576.{HUB_SPACE}토마토/토마토.py",
         f"프로그래머스/2/152996.{HUB_SPACE}시소{HUB_SPACE}짝꿍/시소{HUB_SPACE}짝꿍.py"],
        ["민웅", "지수", "민웅"]),
}


@pytest.mark.parametrize("name", LAYOUTS)
def test_detect_then_week_finds_every_members_file(name, tmp_path, monkeypatch):
    pattern, files, authors = LAYOUTS[name]
    root = build(tmp_path / name, files, authors)
    (root / "notes.py").write_text("# scratch\n", encoding="utf-8")  # fits no layout: listed, not lost
    monkeypatch.chdir(root)
    shown = ok(run("init", "--detect", "--yes")).stdout
    assert f'solutions = "{pattern}"' in shown
    assert "notes.py" in shown  # the file it could not place is listed
    config = tomllib.loads((root / "algokit.toml").read_text(encoding="utf-8"))
    assert config["solutions"] == pattern
    for relpath in files:  # members' files are never touched
        assert (root / relpath).read_text(encoding="utf-8") == WRONG
    expected = {(memberfiles.place(memberfiles.parse(pattern).match(f), catalog.load_all(None)).slug,
                 unicodedata.normalize("NFC", f)) for f in files}
    if not config.get("weeks"):  # no week in the paths: record one the way a member would
        for slug, member in sorted({(f.slug, f.member) for f in memberfiles.load(root).files(catalog.load_all(root))}):
            ok(run("new", slug, "--week", 1, "--author", member))
        assert all((root / f).read_text(encoding="utf-8") == WRONG for f in files)  # kept, not overwritten
    config = tomllib.loads((root / "algokit.toml").read_text(encoding="utf-8"))
    found = set()
    for week in config["weeks"]:
        table = json.loads(ok(run("week", week, "--json", "-j", 1)).stdout)
        for row in table["rows"]:
            for member, cell in row["cells"].items():
                if cell["verdict"]:
                    found.add((row["problem"], member))
    placed = {(f.slug, f.member) for f in memberfiles.load(root).files(catalog.load_all(root))}
    assert {slug for slug, _ in placed} == {slug for slug, _ in expected}
    assert len(placed) == len(files)
    assert found == placed  # every member's file has its verdict in its week


def test_a_layout_without_members_takes_authors_from_git(tmp_path):
    _, files, authors = LAYOUTS["baekjoonhub"]
    root = build(tmp_path / "hub", files, authors)
    proposal = detect.propose(root, catalog.load_all(None))
    assert proposal.members == ["민웅", "지수"]
    assert {(f.slug, f.member) for f in proposal.placed} == {
        (SOLUTIONS_2470, "민웅"), (TOMATO, "지수"), (SEESAW, "민웅")}
    assert proposal.platforms == {"boj": "백준", "programmers": "프로그래머스"}


def test_detect_keeps_the_author_and_members_given_with_it(tmp_path, monkeypatch):
    root = build(tmp_path / "repo", ["Week04/BOJ2470_김주성.py"])
    monkeypatch.chdir(root)
    ok(run("init", "--detect", "--yes", "--author", "이민웅", "--member", "박지수"))
    config = tomllib.loads((root / "algokit.toml").read_text(encoding="utf-8"))
    assert config["author"] == "이민웅"
    assert config["members"] == ["이민웅", "박지수", "김주성"]


def test_detect_without_yes_writes_nothing_when_nobody_can_answer(tmp_path, monkeypatch):
    _, files, _ = LAYOUTS["weekly-folders"]
    root = build(tmp_path / "repo", files)
    monkeypatch.chdir(root)
    shown = ok(run("init", "--detect")).stdout
    assert "--yes" in shown
    assert not (root / "algokit.toml").exists()


def test_a_title_two_problems_share_asks_for_the_id_unless_the_workspace_has_one(tmp_path):
    """Baekjoon calls both 7576 and 7569 토마토: by title alone the file is listed with a way out,
    and a workspace that set up one of them places it there."""
    pattern = memberfiles.parse("{member}/week{week}/{title}.py")
    fields = pattern.match("민웅/week4/토마토.py")
    shared = memberfiles.place(fields, catalog.load_all(None))
    assert shared.slug is None and "boj-7569, boj-7576" in shared.reason and "id" in shared.reason
    root = tmp_path / "ws"
    shutil.copytree(next(s for s in catalog.load_all(None) if s.slug == TOMATO).dir, root / "problems" / TOMATO)
    assert memberfiles.place(fields, catalog.load_all(root)).slug == TOMATO


def test_detect_lists_files_of_problems_it_does_not_know(tmp_path):
    root = build(tmp_path / "repo", ["Week01/BOJ2470_민웅.py", "Week01/BOJ99999_민웅.py"])
    proposal = detect.propose(root, catalog.load_all(None))
    assert proposal.pattern == "Week{week:02}/{platform}{id}_{member}.py"
    assert [path for path, _ in proposal.unplaced] == ["Week01/BOJ99999_민웅.py"]
    assert "algokit new" in proposal.unplaced[0][1]


def test_detect_in_an_existing_workspace_keeps_its_comments_and_adds_to_its_lists(tmp_path, monkeypatch):
    root = build(tmp_path / "repo", ["민웅/week2/미로 탐색.py"])
    (root / "algokit.toml").write_text('# our group\nauthor = "민웅"\nmembers = ["지수"]\n\n[weeks]\n1 = ["boj-2470"]\n',
                                       encoding="utf-8")
    monkeypatch.chdir(root)
    ok(run("init", "--detect", "--yes"))
    text = (root / "algokit.toml").read_text(encoding="utf-8")
    config = tomllib.loads(text)
    assert text.startswith("# our group\n")
    assert config["members"] == ["지수", "민웅"]
    assert config["weeks"] == {"1": [SOLUTIONS_2470], "2": [MAZE]}


@pytest.mark.parametrize("spelled", [
    "백준/Gold/2470. 두 용액/두용액.py",  # plain spaces, one dropped
    f"백준/Gold/2470.{HUB_SPACE}두{HUB_SPACE}용액/두{HUB_SPACE}용액.py",  # BaekjoonHub's spaces
    unicodedata.normalize("NFD", "백준/Gold/2470. 두 용액/두 용액.py"),  # macOS
    "ＢＯＪ/Gold/2470. 두 용액/두 용액.py",  # full-width letters
])
def test_titles_and_platforms_match_in_any_spelling(spelled):
    pattern = memberfiles.parse("{platform}/{level}/{id}. {title}/{title}.py")
    fields = pattern.match(spelled)
    assert fields is not None
    assert memberfiles.place(fields, catalog.load_all(None)).slug == SOLUTIONS_2470


def test_a_repeated_title_must_name_the_same_problem():
    pattern = memberfiles.parse("{title}/{title}.py")
    assert pattern.match("두 용액/두용액.py") is not None
    assert pattern.match("두 용액/토마토.py") is None


def test_full_width_punctuation_in_a_title_matches_the_plain_one():
    spec = next(s for s in catalog.load_all(None) if s.slug == SEESAW)
    hub = spec.title_ko.replace(" ", HUB_SPACE) + "？"  # BaekjoonHub swaps '?' for the full-width one
    fields = memberfiles.parse("{title}/{member}.py").match(f"{hub}/민웅.py")
    assert names.folded(fields["title"]) == names.folded(spec.title_ko)


@pytest.mark.parametrize("text, words", [
    ("{week}/{member}.py", ["does not say which problem", "{slug}, {id} or {title}"]),
    ("{who}/{id}.py", ["unknown field {who}", "{member}"]),
    ("/srv/{id}.py", ["inside the repository"]),
    ("../{id}/{member}.py", ["inside the repository"]),
    ("{id}/{member}", ["must end in a solution's extension"]),
    ("{id:02}/{member}.py", ["only {week} takes a width"]),
    ("{member}/{id}_{member}.py", ["{member} appears twice"]),
    ("{id/{member}.py", ["unbalanced braces"]),
])
def test_a_bad_pattern_says_what_to_write(text, words):
    with pytest.raises(memberfiles.PatternError) as caught:
        memberfiles.parse(text)
    for word in words:
        assert word in str(caught.value)
    assert "algokit.toml: solutions" in str(caught.value)


def test_a_bad_pattern_in_algokit_toml_is_one_message_not_a_traceback(tmp_path, monkeypatch):
    root = build(tmp_path / "repo", [])
    monkeypatch.chdir(root)
    ok(run("init"))
    declare(root, 'solutions = "{who}.py"\n')
    result = run("new", SEESAW, "--author", "민웅")
    assert result.exit_code == 2
    assert "algokit.toml: solutions" in result.stderr and "Traceback" not in result.stderr


def test_new_writes_the_stub_where_the_layout_says(tmp_path, monkeypatch):
    root = build(tmp_path / "repo", [])
    monkeypatch.chdir(root)
    ok(run("init"))
    declare(root, 'solutions = "Week{week:02}/{platform}{id}_{member}.py"\nplatforms = { boj = "BOJ" }\n')
    result = run("new", "두 용액", "--author", "김주성")
    assert result.exit_code == 2 and "--week" in result.stderr  # the pattern needs a week: nothing written
    assert not (root / "problems" / SOLUTIONS_2470).exists()
    ok(run("new", "두 용액", "--week", 4, "--author", "김주성"))
    stub = root / "Week04" / "BOJ2470_김주성.py"
    assert "algokit check boj-2470 Week04/BOJ2470_김주성.py" in stub.read_text(encoding="utf-8")
    assert not (root / "solutions" / SOLUTIONS_2470 / "김주성.py").exists()


def test_new_joins_the_folder_the_group_already_spells_its_own_way(tmp_path, monkeypatch):
    root = build(tmp_path / "repo", ["시소짝꿍/민웅.py"])
    monkeypatch.chdir(root)
    ok(run("init", "--detect", "--yes"))
    ok(run("new", "시소 짝꿍", "--week", 1, "--author", "지수"))
    ok(run("new", "시소 짝꿍", "--week", 1, "--author", "민웅"))
    assert sorted(p.name for p in (root / "시소짝꿍").iterdir()) == ["민웅.py", "지수.py"]
    assert (root / "시소짝꿍" / "민웅.py").read_text(encoding="utf-8") == WRONG
    assert not (root / "시소 짝꿍").exists()


def test_check_and_time_find_members_files_by_name(tmp_path, monkeypatch):
    _, files, _ = LAYOUTS["weekly-folders"]
    root = build(tmp_path / "repo", files)
    monkeypatch.chdir(root)
    ok(run("init", "--detect", "--yes"))
    result = run("check", "2470", "이민웅", "--json")
    assert result.exit_code == 1
    assert [r["file"] for r in json.loads(result.stdout)["results"]] == ["이민웅"]
    every = json.loads(run("check", "2470", "--json").stdout)
    assert sorted(r["file"] for r in every["results"]) == ["Week04/BOJ2470_김주성.py", "Week04/BOJ2470_이민웅.py"]
    missing = run("check", "2470", "박지수")
    assert missing.exit_code == 2 and "members with one: 김주성, 이민웅" in missing.stderr
    from algokit.judging.timing import solutions_to_time

    spec = catalog.resolve(root, SOLUTIONS_2470)
    found = memberfiles.to_judge(root, spec)
    labels = [label for label, _ in solutions_to_time(spec, [(f.path, f.member) for f in found])]
    assert {"김주성", "이민웅"} <= set(labels) and "two_pointers" in labels


def test_pytest_checks_members_files_wherever_the_layout_keeps_them(tmp_path, monkeypatch):
    _, files, _ = LAYOUTS["member-folders"]
    root = build(tmp_path / "repo", files)
    monkeypatch.chdir(root)
    ok(run("init", "--detect", "--yes"))
    done = subprocess.run([sys.executable, "-m", "pytest", "problems/boj-2470", "--collect-only", "-q",
                           "-p", "no:cacheprovider", "-p", "no:xdist"], cwd=root, capture_output=True, text=True,
                          timeout=300)
    members = {line.split("::")[1] for line in done.stdout.splitlines() if line.startswith("problems/")}
    assert {"민웅/week4/두 용액.py", "지수/week4/두용액.py"} <= members
    assert "two_pointers" in members  # the references still run


def test_week_lists_files_by_non_members_once(tmp_path, monkeypatch):
    root = build(tmp_path / "repo", ["민웅/week4/두 용액.py", "손님/week4/두 용액.py"])
    monkeypatch.chdir(root)
    ok(run("init", "--member", "민웅"))
    declare(root, 'solutions = "{member}/week{week}/{title}.py"\n')
    ok(run("new", "두 용액", "--week", 4, "--author", "민웅"))  # 민웅's file is there already: kept
    table = json.loads(ok(run("week", 4, "--json", "-j", 1)).stdout)
    assert table["members"] == ["민웅"]
    assert table["rows"][0]["cells"]["민웅"]["verdict"] == "WA"
    assert table["unknown"] == [{"problem": SOLUTIONS_2470, "file": "손님/week4/두 용액.py", "author": "손님"}]
    report = ok(run("week", 4, "--markdown")).stdout
    assert report.count("손님/week4") == 1 and "`손님/week4/두 용액.py` (boj-2470): 손님" in report


def test_touched_problems_come_from_specs_references_and_members_files(tmp_path, monkeypatch):
    root = build(tmp_path / "repo", ["민웅/week4/두 용액.py"])
    monkeypatch.chdir(root)
    ok(run("init", "--detect", "--yes"))
    specs = catalog.load_all(root, catalogue=False)
    assert memberfiles.problems_touched(root, ["지수/week4/미로 탐색.py"], specs) == []  # not set up here
    assert memberfiles.problems_touched(root, ["지수/week5/두용액.py", "README.md"], specs) == [SOLUTIONS_2470]
    assert memberfiles.problems_touched(root, ["problems/boj-2470/gen.py"], specs) == [SOLUTIONS_2470]


def test_platforms_in_algokit_toml_must_name_a_platform(tmp_path):
    root = build(tmp_path / "repo", [])
    (root / "algokit.toml").write_text('solutions = "{platform}{id}_{member}.py"\n[platforms]\nhackerrank = "HR"\n',
                                       encoding="utf-8")
    with pytest.raises(AlgokitError, match="platforms.hackerrank"):
        memberfiles.load(root)


@pytest.mark.parametrize("weeks, pattern", [
    (["Week04", "Week12", "Week13"], "Week{week:02}/{platform}{id}_{member}.py"),  # 04 says: padded
    (["week4", "week12", "week13"], "week{week}/{platform}{id}_{member}.py"),  # 4 says: not padded
])
def test_a_padded_week_is_told_apart_from_a_plain_one(tmp_path, weeks, pattern):
    root = build(tmp_path / "repo", [f"{week}/BOJ2470_민웅.py" for week in weeks])
    proposal = detect.propose(root, catalog.load_all(None))
    assert proposal.pattern == pattern
    assert sorted(proposal.weeks) == [4, 12, 13]


def test_when_no_layout_fits_nothing_is_written_and_it_says_what_to_do(tmp_path, monkeypatch):
    root = build(tmp_path / "repo", ["scratch/notes.py"])
    monkeypatch.chdir(root)
    result = run("init", "--detect", "--yes")
    assert result.exit_code == 1
    assert "no layout fits" in result.stdout and "solutions = " in result.stdout
    assert not (root / "algokit.toml").exists()


# --- members who write other languages than Python ------------------------------------------------


def test_detect_reads_java_cpp_and_js_files_and_proposes_each_members_language(tmp_path):
    root = build(tmp_path / "repo", ["민웅/week4/두 용액.cpp", "민웅/week4/미로 탐색.cpp", "지수/week4/두용액.java",
                                     "지수/week5/시소짝꿍.java", "하늘/week5/시소 짝꿍.py", "서연/week5/시소짝꿍.js"])
    proposal = detect.propose(root, catalog.load_all(None))
    assert proposal.pattern in ("{member}/week{week}/{title}.cpp", "{member}/week{week}/{title}.java")
    assert len(proposal.placed) == 6 and not proposal.unplaced
    assert proposal.languages == {"민웅": "cpp", "서연": "js", "지수": "java"}  # 하늘 writes Python: the default


def test_a_pattern_with_any_extension_places_every_language_and_touched_sees_them(tmp_path, monkeypatch):
    root = build(tmp_path / "repo", ["민웅/week4/두 용액.cpp", "지수/week4/두용액.java"])
    monkeypatch.chdir(root)
    ok(run("init", "--detect", "--yes"))
    group = memberfiles.load(root)
    specs = catalog.load_all(root, catalogue=False)
    assert sorted(f.path.name for f in group.files(specs)) == ["두 용액.cpp", "두용액.java"]
    assert memberfiles.problems_touched(root, ["지수/week5/두 용액.js"], specs) == [SOLUTIONS_2470]
    assert memberfiles.problems_touched(root, ["지수/week5/두 용액.rb"], specs) == []  # not a solution file
