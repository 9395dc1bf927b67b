"""``algokit init --github``: the group's checks on every pull request, and its template.

The workflow checks only the problems a pull request touches (``algokit touched``),
everything on a push to the default branch, and always writes the week's table to
the run's summary. It installs algokit by URL: the name ``algokit`` on PyPI belongs
to an unrelated project (Algorand's), so a bare ``pip install algokit`` would
install the wrong thing. The URL is the one this algokit was installed from, when
pip recorded one; otherwise the workflow holds a placeholder that fails loudly.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from .. import layout
from ..errors import AlgokitError

WORKFLOW = Path(".github", "workflows", "algokit.yml")
PR_TEMPLATE = Path(".github", "pull_request_template.md")
EXAMPLE = "algokit @ git+https://github.com/ORG/algokit@vX"
# Not a requirement pip can read, so a workflow nobody filled in fails at once, naming the fix.
PLACEHOLDER = f"SET-ME: {EXAMPLE}"

WORKFLOW_TEXT = """\
# algokit: the solutions a pull request touches, checked; the week's table in the run's summary.
# Written by `algokit init --github`, which never overwrites it: edit it as the group likes.
name: algokit

on:
  pull_request:
  push:
    branches: [main, master]  # the default branch: everything is checked there

permissions:
  contents: read

concurrency:  # a newer push to the same branch cancels the older run
  group: algokit-${{ github.ref }}
  cancel-in-progress: true

defaults:
  run:
    shell: bash

jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0  # the whole history: `algokit touched` compares the pull request with its base
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      # Members who write Java or JavaScript: a JDK and Node.js when the repository holds such
      # files (g++ is on GitHub's Ubuntu runners already).
      - uses: actions/setup-java@v4
        if: hashFiles('**/*.java') != ''
        with:
          distribution: temurin
          java-version: "17"
      - uses: actions/setup-node@v4
        if: hashFiles('**/*.js') != ''
        with:
          node-version: "20"
      - name: Install algokit
        env:
@INSTALL@
        run: python -m pip install "$ALGOKIT_REQUIREMENT" pytest-xdist
      - name: Check the problems the pull request touches
        run: |
          if [ "$GITHUB_EVENT_NAME" = pull_request ]; then
            touched=$(algokit touched --base "origin/$GITHUB_BASE_REF")
          else
            touched=problems
          fi
          if [ -z "$touched" ]; then
            echo "No problem is touched: nothing to check."
            exit 0
          fi
          mapfile -t folders <<< "$touched"
          pytest "${folders[@]}" -n auto
      - name: The week's table in the summary
        if: ${{ !cancelled() }}  # also when a check failed: the table shows which one
        run: |
          if python -c 'import sys, tomllib; sys.exit(not tomllib.load(open("algokit.toml", "rb")).get("weeks"))'; then
            algokit week --markdown >> "$GITHUB_STEP_SUMMARY"
          else
            echo "No weeks in algokit.toml yet: \\`algokit new NAME --week N\\` adds one." >> "$GITHUB_STEP_SUMMARY"
          fi
"""

INSTALL_INDENT = " " * 10
PLACEHOLDER_COMMENT = f"""\
# TODO: algokit's pip requirement. PyPI's "algokit" is Algorand's, an unrelated project,
# so name this algokit by its URL, e.g. "{EXAMPLE}"."""

PR_TEMPLATE_TEXT = """\
## 푼 문제
<!-- 예: 시소 짝꿍 (programmers-152996), 4주차 -->

## 접근 방법
<!-- 예: 몸무게별로 세고, 비율 2:3, 2:4, 3:4 인 짝을 센다 -->

## 시간 복잡도
<!-- 예: O(n log n), 정렬 후 투 포인터 -->

## 궁금한 점
<!-- 예: 더 빠른 방법이 있을까요? 리뷰 받고 싶은 부분 -->
"""


@dataclass
class Written:
    """What ``write`` did: each file with "created" or "kept", and what the user must still do."""

    files: list = field(default_factory=list)
    warnings: list = field(default_factory=list)


def requirement_from(direct_url, name="algokit") -> str | None:
    """The pip requirement for a PEP 610 ``direct_url.json``; None for a local folder or file.

    A VCS install is pinned to the revision asked for (a tag reads best), else the commit.
    """
    url = direct_url.get("url", "")
    if not url or url.startswith("file:"):
        return None  # a path on this machine means nothing on GitHub's runner
    fragment = f"#subdirectory={direct_url['subdirectory']}" if direct_url.get("subdirectory") else ""
    if "vcs_info" in direct_url:
        vcs = direct_url["vcs_info"]
        revision = vcs.get("requested_revision") or vcs.get("commit_id")
        return f"{name} @ {vcs['vcs']}+{url}" + (f"@{revision}" if revision else "") + fragment
    if "archive_info" in direct_url:
        return f"{name} @ {url}{fragment}"
    return None


def installed_requirement() -> str | None:
    """The requirement that reinstalls this algokit where it came from, if pip recorded a URL."""
    try:
        text = metadata.distribution("algokit").read_text("direct_url.json")
    except metadata.PackageNotFoundError:
        return None
    if not text:
        return None  # installed from an index, or not by pip: nothing says which algokit it was
    try:
        return requirement_from(json.loads(text))
    except (ValueError, KeyError, TypeError):
        return None


def valid_requirement(given) -> str:
    """``--install SPEC`` as one line; AlgokitError for one that would fetch PyPI's unrelated algokit."""
    spec = (given or "").strip()
    if not spec or "\n" in spec:
        raise AlgokitError(f"--install {given!r}: give one pip requirement, e.g. --install \"{EXAMPLE}\"")
    if re.fullmatch(r"algokit\s*(\[[^\]]*\])?\s*([<>=!~;].*)?", spec, re.IGNORECASE):
        raise AlgokitError(f"--install {given!r}: PyPI's \"algokit\" is Algorand's, an unrelated project; "
                           f"name this algokit by its URL, e.g. --install \"{EXAMPLE}\"")
    return spec


def workflow_text(requirement=None) -> str:
    """The workflow, installing ``requirement``; None writes the placeholder and a TODO comment."""
    lines = [] if requirement else PLACEHOLDER_COMMENT.splitlines()
    # A JSON string is a YAML double-quoted string: any URL is safe here.
    lines.append(f"ALGOKIT_REQUIREMENT: {json.dumps(requirement or PLACEHOLDER, ensure_ascii=False)}")
    return WORKFLOW_TEXT.replace("@INSTALL@", "\n".join(INSTALL_INDENT + line for line in lines))


def write(folder, install=None) -> Written:
    """Write the workflow and the pull request template into ``folder``; never overwrites either."""
    folder = Path(folder)
    requirement = valid_requirement(install) if install is not None else installed_requirement()
    done = Written()
    for relpath, text in ((WORKFLOW, workflow_text(requirement)), (PR_TEMPLATE, PR_TEMPLATE_TEXT)):
        path = folder / relpath
        done.files.append((path, layout.write_new(path, text)))
    workflow_action = done.files[0][1]
    if workflow_action == "kept" and install is not None:
        done.warnings.append(f"{WORKFLOW.as_posix()} exists, so --install was not applied: edit its "
                             f"ALGOKIT_REQUIREMENT, or delete the file and run this again")
    elif workflow_action == "created" and requirement is None:
        done.warnings.append(f"{WORKFLOW.as_posix()} installs a placeholder: this algokit was not installed "
                             f"from a URL GitHub can reach. Delete the file and run again with "
                             f"--install \"{EXAMPLE}\", or edit its ALGOKIT_REQUIREMENT")
    return done
