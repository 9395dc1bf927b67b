"""algokit: the practice kit for algorithm study groups.

The modules, in dependency order (each uses only those above it):

- ``errors``: the one exception family for a user's mistake, and paths as the user types them.
- ``valuetypes``: the spec's small type language and strict comparison of values.
- ``verdicts``: ``Status`` (OK, WA, RE, TLE, MLE) and the ``Verdict`` that explains one.
- ``layout``: where specs, solutions, the config and Hypothesis's database live in a workspace.
- ``names``: matching what a member types (titles, ids, URLs) in any spelling.
- ``sets``: named sets of problems (the 고득점 Kit's parts, KAKAO rounds, Baekjoon classics).
- ``formats``: a stdin program's input, declared in a few lines: checked, generated, proposed.
- ``specfile``: the shape of ``problem.toml``, declared once (msgspec), and its JSON Schema.
- ``workspace``: the group's ``algokit.toml``, edited in place; ``init``'s files.
- ``memberfiles``: where members' files live: the group's layout pattern, matched in any spelling.
- ``spec``: a checked ``Spec``: the rules across fields, and whether an input obeys the constraints.
- ``generate``: inputs: cross-check strategies, worst cases, ``worst_input`` (the one source of big inputs).
- ``checkers``: whether an answer is accepted, and the status of a run (``status_of``).
- ``runner``: untrusted solutions in worker processes; whatever they do becomes an outcome.
- ``judge``: examples, the oracle cross-check (or members against each other) and max-size runs.
- ``fit``: the complexity class of measured times.
- ``timing``: ``algokit time``'s measurement, and only measurement.
- ``catalog``: the problem a user names, in the workspace or the shipped catalogue.
- ``github``: ``init --github``'s files: the pull request workflow (installing algokit by URL) and template.
- ``touched``: the problems a branch changed since its base, from ``git diff`` (``algokit touched``).
- ``paste``: examples pasted from a problem's page (Programmers, Baekjoon, LeetCode), read into values.
- ``newproblem``: a problem the catalogue lacks: signature from a file, skeleton, examples, promote.
- ``scaffold``: ``algokit new``: copying a problem, the member's stub, new-problem skeletons.
- ``detect``: ``init --detect``: an existing repository's layout, members and weeks, proposed.
- ``markers``: a generated block between two marker lines of a user's file (a README), rewritten in place.
- ``week``: ``algokit week``'s verdicts, speeds and fits, members by problems.
- ``report``: everything the commands print (verdicts, timing, week, problems, terminal).
- ``pytest_plugin``: ``pytest problems/``; ``cli``: the ``algokit`` command, which only wires.
"""

__version__ = "0.1.0"
