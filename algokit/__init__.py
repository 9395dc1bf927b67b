"""algokit: the practice kit for algorithm study groups.

The package is in layers, lowest first; a module uses only those above it in this
map, and ``tests/test_layers.py`` fails on an import that goes the other way or on
two modules that need each other.

The vocabulary every layer shares (top level):

- ``errors``: the one exception family for a user's mistake, and paths as the user types them.
- ``valuetypes``: the spec's small type language and strict comparison of values.
- ``nodes``: LeetCode's ``ListNode`` and ``TreeNode``, built from their list forms for a call and read back after it.
- ``verdicts``: ``Status`` (OK, WA, RE, TLE, MLE), ``Mark`` for cells no run filled, and the ``Verdict``.
- ``names``: matching what a member types (titles, ids, URLs) in any spelling.
- ``platforms``: one row per judge: spellings, hosts, style, default checker, state between cases.
- ``languages``: one row per language members write: extensions, tools, its share of the time limit.
- ``layout``: every file and folder name of a workspace, and writing a file that is never overwritten.

``problem/``: a problem, read and checked, its inputs, found by any name, written anew.

- ``specfile``: the shape of ``problem.toml``, declared once (msgspec), and its JSON Schema.
- ``formats``: a stdin program's input, declared in a few lines: checked, generated, proposed; a multi-case input split.
- ``spec``: a checked ``Spec``: the rules across fields, and whether an input obeys the constraints.
- ``sets``: named sets of problems (the 고득점 Kit's parts, KAKAO rounds, Baekjoon classics).
- ``generate``: inputs: cross-check strategies, worst cases, ``worst_input`` (the one source of big inputs).
- ``catalog``: the problem a user names, in the workspace or the shipped catalogue.
- ``paste``: examples pasted from a problem's page (Programmers, Baekjoon, LeetCode), read into values.
- ``stubs``: a member's stub: the docstring to fill, then the platform's exact entry point.
- ``newproblem``: a problem the catalogue lacks: signature from a file, skeleton, examples, promote.

``judging/``: run solutions in isolation and say what they came to.

- ``programs``: Java, C++ and JavaScript files built once per content, and the drivers' wire format.
- ``sandbox``: what a run may read, write, connect to and start (Landlock and seccomp, no root), and which
  protections are on here.
- ``runner``: untrusted solutions in worker processes; whatever they do becomes an ``Outcome``.
- ``portable``: the same, from portable calls (psutil), for macOS, Windows and ``ALGOKIT_RUNNER=portable``.
- ``workers``: which of the two runs solutions here (``ALGOKIT_RUNNER``), and the worker it gives.
- ``checkers``: whether an answer is accepted, and the status of a run (``status_of``).
- ``search``: Hypothesis drives a probe over generated inputs and shrinks what fails.
- ``judge``: examples, the oracle cross-check (or members against each other) and max-size runs.
- ``load``: how busy the machine was while a command ran: the warning that its speed ratios are doubtful.
- ``fit``: the complexity class of measured times.
- ``timing``: ``algokit time``'s measurement, and only measurement; a ``Session`` any lane can step.

``group/``: the group's repository.

- ``workspace``: the group's ``algokit.toml``, edited in place; ``init``'s files.
- ``memberfiles``: where members' files live (the group's pattern), and which files are judged.
- ``markers``: a generated block between two marker lines of a user's file (a README), rewritten in place.
- ``github``: ``init --github``'s files: the pull request workflow (installing algokit by URL) and template.
- ``scaffold``: ``algokit new``: copying a problem, the member's stub, new-problem skeletons.
- ``detect``: ``init --detect``: an existing repository's layout, members and weeks, proposed.
- ``touched``: the problems a branch changed since its base, from ``git diff`` (``algokit touched``).
- ``lanes``: ``algokit week``'s checks and timings as one stream of jobs, a lane per CPU.
- ``week``: ``algokit week``'s verdicts, speeds and fits, members by problems.

``report/``: everything the commands print (verdicts, timing, week, problems, the ``--detect`` proposal, terminal,
``doctor``'s screen).

The front ends, which only wire: ``cli`` (the ``algokit`` command) and ``pytest_plugin`` (``pytest problems/``).
"""

__version__ = "0.1.0"
