"""The ``algokit`` command. It only wires: the work lives in the modules it calls.

Heavy imports (Hypothesis, matplotlib, Rich) happen inside the commands that
need them, so ``algokit --help`` stays fast.
"""

import functools
import json
import shlex
import sys
from pathlib import Path

import click

from . import __version__, layout
from .errors import AlgokitError, shell_word
from .errors import shown as _rel  # a path as the user would type it
from .verdicts import Status


class UserError(click.ClickException):
    """Bad input (unknown problem, missing file, malformed spec): exit status 2, one message."""

    exit_code = 2


class _Commands(click.Group):
    """The one place where a user's mistake (AlgokitError) becomes one message and exit status 2."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except AlgokitError as error:
            raise UserError(str(error)) from None


class Here:
    """Where a command runs: the workspace at or above the current folder, looked for once per command
    and handed to every command (``ctx.obj``), as Click's own ``examples/repo`` hands its repository."""

    def __init__(self, start=None):
        self.start = Path(start or Path.cwd())

    @functools.cached_property
    def root(self) -> Path | None:
        """The workspace folder (the nearest holding ``problems/``), or None outside any."""
        return layout.find_workspace(self.start)

    def required(self) -> Path:
        """The workspace; an error saying to run ``algokit init`` when there is none."""
        if self.root is None:
            raise AlgokitError(f"no problems/ folder in {self.start.resolve()} or above: run `algokit init` to make "
                               f"a workspace here")
        return self.root


pass_here = click.make_pass_decorator(Here, ensure=True)


def _note(text):
    click.echo(text, err=True)


def _sandboxed():
    """The runner and the sandbox's protections here (``--json``'s ``environment``), and the one line
    that says which are off ("" when none), for stderr once the work is done: a member learns what a
    file could have done unseen, and a command that could not run says only why."""
    from .judging import sandbox
    from .judging.workers import backend

    runner = backend()[0]
    protections = sandbox.status(runner)
    return sandbox.environment(runner, protections), sandbox.off_line(protections)


def _complete_problem(ctx, param, incomplete):
    """Shell completion for problem names: slugs, ids and titles that start with what was typed."""
    from click.shell_completion import CompletionItem

    from . import names
    from .problem import catalog

    typed = names.normal(incomplete)
    items = []
    for spec in catalog.load_all(layout.find_workspace()):  # completion runs no command: no ctx.obj yet
        for value in (spec.slug, spec.id, spec.title_ko, spec.title_en, *spec.aliases):
            if names.normal(value).startswith(typed):
                # One shell word: "시소 짝꿍" is offered as 시소짝꿍, which resolves the same.
                items.append(CompletionItem("".join(value.split()), help=f"{spec.title_ko} ({spec.title_en})"))
                break
    return items


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="algokit")
@click.pass_context
def main(ctx):
    """Practice kit for algorithm study groups.

    \b
    algokit init                       make this folder the group's workspace
    algokit init --detect --github     keep the repo's own layout; checks on pull requests
    algokit new 시소짝꿍 --week 4      set up a problem and your stub
    pytest problems/                   check every solution of every problem
    algokit check 152996 kim.py        one member's verdict and counterexample
    algokit time 152996                the group's timing table
    algokit week 4                     verdicts and speeds, members by problems
    """
    ctx.ensure_object(Here)


@main.command()
@click.option("--author", help="You: the default author of `algokit new`.")
@click.option("--member", "members", multiple=True, help="A member of the group (repeat for each).")
@click.option("--github", is_flag=True, help="Also write the GitHub Actions checks of every pull request "
                                             "and the pull request template (.github/).")
@click.option("--install", metavar="SPEC", help="The pip requirement the workflow installs algokit with, e.g. "
                                               "\"algokit @ git+https://github.com/ORG/algokit@v0.1.0\" "
                                               "(default: the URL this algokit was installed from).")
@click.option("--detect", is_flag=True, help="Read the files already here: propose where members' files live, "
                                             "the members and the weeks, and write them into algokit.toml.")
@click.option("--yes", is_flag=True, help="With --detect: accept the proposal without asking.")
def init(author, members, github, install, detect, yes):
    """Make this folder a workspace: problems/, solutions/, algokit.toml and .gitignore.

    With --detect, an existing group repository keeps its layout: the proposal is
    shown, and written only when accepted. Members' files are never moved or changed.
    """
    from .group import workspace

    if install is not None and not github:
        raise UserError("--install is the requirement of the GitHub workflow: give it with --github")
    if yes and not detect:
        raise UserError("--yes accepts what --detect proposes: give it with --detect")
    proposal = _accepted_layout(yes) if detect else None
    if detect and proposal is None:
        return
    done = workspace.init(Path.cwd(), author, members)
    if proposal is not None:
        from .group import detect as detected

        done += detected.apply(Path.cwd(), proposal)
    warnings = []
    if github:
        from .group import github as checks

        written = checks.write(Path.cwd(), install)
        done, warnings = done + written.files, written.warnings
    for path, action in done:
        click.echo(f"{action:>9}  {_rel(path)}")
    for warning in warnings:
        _note(f"warning: {warning}")
    click.echo("\nnext: algokit new \"시소 짝꿍\" --week 1   (or any problem: algokit list)")


def _accepted_layout(yes):
    """``init --detect``'s proposal, shown; returned when accepted, None when nothing is to be written."""
    from .group import detect
    from .problem import catalog
    from .report.proposal import proposal_lines

    here = Path.cwd()
    proposal = detect.propose(here, catalog.load_all(here if (here / "problems").is_dir() else None))
    click.echo("\n".join(proposal_lines(proposal)))
    if proposal.pattern is None:
        sys.exit(1)
    if not yes:
        if not sys.stdin.isatty():
            click.echo("\nnothing written: run `algokit init --detect --yes` to accept this")
            return None
        if not click.confirm("\nwrite this into algokit.toml?", default=True):
            click.echo("nothing written")
            return None
    return proposal


@main.command()
@click.argument("name", required=False, shell_complete=_complete_problem)
@click.option("--set", "set_name", help="Set up every problem of a set instead, e.g. kit/해시 or kit/heap.")
@click.option("--week", type=click.IntRange(min=0), help="Record the problem under week N in algokit.toml.")
@click.option("--author", help="Whose stub to write (default: algokit.toml's author, then git's user.name).")
@click.option("--force", is_flag=True, help="Rewrite the kit's own files from the catalogue (never a member's).")
@click.option("--yes", is_flag=True, help="When NAME is not clear, take the closest match without asking.")
@click.option("--new", "create", is_flag=True, help="Create a new problem named NAME instead of matching.")
@click.option("--slug", help="The ASCII slug of a new problem (default: derived from NAME).")
@click.option("--from", "source", type=click.Path(exists=True, dir_okay=False),
              help="A new problem's signature and style, read from a member's solution (copied as yours).")
@click.option("--signature", help='A new problem\'s signature: "solution(queue1, queue2)", '
                                  '"Solution.twoSum(nums, target)" or "stdin".')
@click.option("--lang", "language", metavar="LANG",
              help="The stub's language: python, java, cpp or js (default: yours in algokit.toml's [languages], "
                   "else python). Given, it is recorded there for next time.")
@pass_here
def new(here, name, set_name, week, author, force, yes, create, slug, source, signature, language):
    """Set up problem NAME in this workspace, with a stub for you.

    NAME is a Korean or English title, an alias, an id (152996,
    programmers/152996) or the problem's URL, in any spacing or case; a
    misspelling resolves when it is clear. A name the catalogue does not know
    makes a new problem skeleton to fill in. Nothing that exists is overwritten.
    """
    from .group import scaffold

    if (name is None) == (set_name is None):
        raise UserError("give a problem NAME, or --set SET for every problem of a set (not both)")
    if set_name is not None:
        for made in scaffold.new_set(here.root, set_name, week=week, author=author, force=force, language=language):
            _show_made(made, week)
        return

    def choose(name, candidates):
        if yes:
            _note(f"resolved {name!r} to {candidates[0].title_ko} ({candidates[0].slug}) (--yes)")
            return candidates[0]
        listing = "\n".join(f"  {i}. {c.title_ko} ({c.title_en}, {c.slug})" for i, c in enumerate(candidates, 1))
        click.echo(f"{name!r} is not a known title. Closest:\n{listing}\n  0. none: create a new problem {name!r}",
                   err=True)
        try:
            choice = click.prompt("which one", type=click.IntRange(0, len(candidates)), err=True)
        except click.Abort:
            raise UserError(f"{name!r} is ambiguous: answer the question, or pass --yes (take 1.) "
                            f"or --new (create a new problem)") from None
        return candidates[choice - 1] if choice else None

    made = scaffold.new(here.root, name, week=week, author=author, force=force, create=create,
                        slug=slug, choose=choose, note=_note, source=source, signature=signature, language=language)
    _show_made(made, week)
    if made.new:
        click.echo(f"\nnext:\n  algokit examples add {made.slug} < examples.txt   # or paste, then Ctrl-D\n"
                   f"  algokit check {made.slug} {shell_word(_rel(made.stub))}\n  pytest problems/{made.slug}\n"
                   f"problems/{made.slug}/problem.toml says what is still to fill (TODO).")
        return
    click.echo(f"\nnext: edit {_rel(made.stub)}, then\n  algokit check {made.slug} {shell_word(_rel(made.stub))}\n"
               f"  pytest problems/{made.slug}\nafter the session: algokit reveal {made.slug}   # the reference solutions")


def _show_made(made, week):
    """Each file `new` wrote or kept, and the week it recorded."""
    for path, action in made.files:
        click.echo(f"{action:>9}  {_rel(path)}")
    if week is not None:
        click.echo(f" recorded  week {week}: {made.slug}")


@main.command("list")
@click.option("--set", "set_name", help="Only this set: kit, kit/hash or 해시, kakao, boj-classics...")
@click.option("--level", type=click.IntRange(0, 5), help="Only this platform level.")
@click.option("--tag", help="Only problems with this technique, e.g. heap or bfs.")
@click.option("--platform", help="Only this platform: programmers, boj or leetcode.")
@click.option("--json", "as_json", is_flag=True, help="Print the problems as JSON.")
@click.option("--markdown", is_flag=True, help="Print the problems as a Markdown table.")
@pass_here
def list_command(here, set_name, level, tag, platform, as_json, markdown):
    """List the workspace's and the catalogue's problems, in the catalogue's order."""
    from .problem import catalog
    from .report import problems, terminal

    root = here.root
    specs = catalog.select(catalog.load_all(root), set_name, level, tag, platform)
    if markdown:
        click.echo(problems.catalogue_markdown(specs))
        return
    rows = []
    for spec in specs:
        inside = root is not None and Path(root) in spec.path.parents
        rows.append(problems.list_row(spec, "workspace" if inside else "catalogue"))
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False))
        return
    terminal.show_problems(rows)


@main.group()
def examples():
    """A problem's examples: add those pasted from its page."""


@examples.command("add")
@click.argument("problem", shell_complete=_complete_problem)
@click.option("--file", "source", type=click.File("r", encoding="utf-8"), default="-",
              help="Read the paste from this file (default: stdin).")
@pass_here
def examples_add(here, problem, source):
    """Add the examples pasted from PROBLEM's page to its spec.

    Reads a Programmers examples table, Baekjoon's 예제 입력/예제 출력 blocks, or
    LeetCode's Input:/Output: lines. Each is checked against the signature and added
    with why = "official"; duplicates are skipped; parameter and return types the
    examples settle are filled in. Nothing is written when the paste cannot be read.
    """
    from .problem import catalog, newproblem

    root = here.required()
    folder = layout.problem_dir(root, problem)  # an incomplete spec does not load yet: its folder is enough
    if not (folder / layout.SPEC_FILE).is_file():
        folder = catalog.resolve(root, problem, note=_note).dir
    added = newproblem.add_examples(folder / layout.SPEC_FILE, source.read())
    click.echo(f"read a {added.format} paste: {added.added} examples added"
               + (f", {added.duplicates} already there" if added.duplicates else ""))
    for line in added.filled:
        click.echo(f"   filled  {line}")
    if added.proposed_input:
        click.echo(f" proposed  [input] lines = {added.proposed_input['lines']}: check them against the statement")
    for line in added.todo:
        click.echo(f"     TODO  {line}")


@main.command()
@click.argument("problem", shell_complete=_complete_problem)
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--as", "name", required=True, help="The reference's name: its approach, e.g. two_pointers.")
@click.option("--oracle", is_flag=True, help="Make it the oracle every solution is checked against.")
@pass_here
def promote(here, problem, file, name, oracle):
    """Make a member's FILE a reference of PROBLEM (or its oracle), by copying it."""
    from .problem import catalog, newproblem

    spec = catalog.resolve(here.required(), problem, note=_note)
    target = newproblem.promote(spec, file, name, oracle)
    click.echo(f"  created  {_rel(target)}\n  updated  {_rel(spec.path)}: "
               f"{'the oracle' if oracle else 'a reference'} from now on")


@main.command()
@click.argument("name", shell_complete=_complete_problem)
@click.option("--level", type=click.IntRange(1, 3), default=1, show_default=True,
              help="1 the technique, 2 the key idea, 3 the pitfall.")
@pass_here
def hint(here, name, level):
    """Print one level of a problem's hints, in Korean and English, without spoiling the rest."""
    from .problem import catalog
    from .report import problems

    spec = catalog.resolve(here.root, name, catalogue=True, note=_note)
    click.echo(problems.hint_text(spec, level))


@main.command()
@click.argument("name", shell_complete=_complete_problem)
@click.option("--copy", is_flag=True, help="Copy them into solutions/<slug>/ as well (never over a file).")
@pass_here
def reveal(here, name, copy):
    """Print a problem's reference solutions, for the discussion after a session: the oracle first.

    A group's workspace keeps them out of sight: `algokit new` leaves them with the installed
    catalogue, where the judge uses them, since their names alone would give the technique away.
    """
    from .group import scaffold
    from .problem import catalog
    from .report import problems

    root = here.required() if copy else here.root
    spec = catalog.resolve(root, name, catalogue=True, note=_note)
    click.echo(problems.references_text(spec))
    if copy:
        for path, status in scaffold.reveal(spec, root):
            click.echo(f"{status:>9}  {_rel(path)}", err=True)


@main.command()
@click.argument("name", shell_complete=_complete_problem)
@click.option("--json", "as_json", is_flag=True, help="Print the spec as JSON.")
@pass_here
def show(here, name, as_json):
    """Print a problem's statement, signature, constraints and examples."""
    from .problem import catalog
    from .report import problems

    spec = catalog.resolve(here.root, name, catalogue=True, note=_note)
    click.echo(json.dumps(problems.as_json(spec), ensure_ascii=False) if as_json else problems.text(spec))


@main.command()
@click.argument("problem", shell_complete=_complete_problem)
@click.argument("files", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON.")
@click.option("--seed", type=click.IntRange(min=0), help="Fix the generated inputs, to reproduce a run.")
@click.option("--max-examples", type=click.IntRange(min=1), help="Inputs per cross-check (default: the spec's).")
@pass_here
def check(here, problem, files, as_json, seed, max_examples):
    """Give each FILE a verdict on PROBLEM, with the smallest input that breaks it.

    PROBLEM is any name of a workspace problem: slug, id, title, alias or URL.
    FILE is a path, a file name in solutions/<slug>/, or a member's name (their
    file, wherever the group's layout keeps it); with no FILE, every member's
    file of PROBLEM. Runs the examples, a
    cross-check against the oracle and the runs at maximum size, stopping at
    each file's first failure. Exit status: 0 when every file is OK, 1 when
    any is not, 2 when the check could not run (a bad argument, or BUSY: the
    machine too busy to judge a run).
    """
    from .group import memberfiles
    from .judging import load
    from .judging.judge import Judge, new_seed
    from .problem import catalog
    from .report.verdicts import check_json, check_lines

    root = here.root
    spec = catalog.resolve_anywhere(root, problem, note=_note)
    group = memberfiles.load(root) if root is not None else None  # the folder is read once for the command
    found = [f.path for f in memberfiles.to_judge(root, spec, files, members_only=True, group=group)]
    shown = dict(zip(found, files or [_rel(path) for path in found]))
    seed = new_seed() if seed is None else seed
    environment, unprotected = _sandboxed()
    extra = ["--seed", str(seed)] + (["--max-examples", str(max_examples)] if max_examples else [])

    def show_result(path, verdict):
        if not as_json:
            reproduce = shlex.join(["algokit", "check", spec.slug, shown[path], *extra])
            click.echo("\n".join(check_lines(spec, shown[path], verdict, reproduce)))

    database = layout.examples_database(root) if root is not None else None
    load.start()
    try:
        with Judge(peers=memberfiles.peers(root, group)) as judge:
            results = judge.verdicts(spec, found, seed, max_examples, database, on_result=show_result)
    except KeyboardInterrupt:
        click.echo("interrupted: no worker is left running", err=True)
        sys.exit(130)
    if as_json:
        click.echo(json.dumps(check_json(spec, [(shown[p], v) for p, v in results], environment), ensure_ascii=False,
                              default=repr))
    if unprotected:
        _note(unprotected)
    if load.warning():
        _note(load.warning())
    judged = [v for _, v in results if v.status != Status.BUSY]  # BUSY: the machine could not judge it
    sys.exit(1 if not all(v.ok for v in judged) else 2 if len(judged) < len(results) else 0)


@main.command("time")
@click.argument("problem", shell_complete=_complete_problem)
@click.argument("files", nargs=-1)
@click.option("--sizes", help="Comma-separated sizes, e.g. 1000,10000,100000 "
              "(default: the maximum and its quarters, five sizes).")
@click.option("--repeat", type=click.IntRange(min=1), default=5, show_default=True,
              help="Timed rounds per size, shared out among the worst cases (at least 5 each).")
@click.option("--budget", type=click.FloatRange(min=0, min_open=True),
              help="Seconds per call before TLE (default: the spec's time limit).")
@click.option("--case", "cases", multiple=True,
              help="Time only this gen.py worst case (repeat for several; default: every one).")
@click.option("--seed", type=click.IntRange(min=0), default=0, show_default=True, help="Seed of the generated inputs.")
@click.option("--plot", "plot_path", type=click.Path(dir_okay=False, writable=True), help="Write a log-log PNG here.")
@click.option("--markdown", is_flag=True, help="Print the table as Markdown.")
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON.")
@pass_here
def time_command(here, problem, files, sizes, repeat, budget, cases, seed, plot_path, markdown, as_json):
    """Time solutions of PROBLEM side by side on the same inputs.

    With no FILE, times every solution in solutions/<slug>/; with FILEs, times
    those and the baseline (the spec's trusted reference). Every worst case is
    timed, and each solution is shown on its slowest: median times per size, the
    fitted complexity, and its ratio to the baseline, timed in pairs, with an interval.
    """
    from .group import memberfiles
    from .judging import timing
    from .problem import catalog
    from .report import terminal
    from .report import timing as shown

    spec = catalog.resolve_anywhere(here.root, problem, note=_note)
    found = memberfiles.to_judge(here.root, spec, files)
    solutions = timing.solutions_to_time(spec, [(f.path, f.member) for f in found])
    size_list = timing.parse_sizes(spec, sizes)
    cases = timing.chosen_cases(spec, cases)
    _, unprotected = _sandboxed()  # its --json environment carries the sandbox too (timing.environment)
    with terminal.progress() as progress:  # on stderr, and only on a terminal: never mixed into --json
        result = timing.measure(spec, solutions, size_list, repeat, budget, seed, cases, progress)
    if plot_path:
        shown.plot(result, plot_path)
    if as_json:
        click.echo(json.dumps(shown.as_json(result), ensure_ascii=False, default=repr))
    elif markdown:
        click.echo(shown.markdown(result))
        click.echo("\n" + "  \n".join(shown.footer(result)))
    else:
        terminal.show_timing(result)
    if plot_path and not as_json:
        click.echo(f"plot: {plot_path}")
    if unprotected:
        _note(unprotected)
    if result.interrupted:
        sys.exit(130)


@main.command()
@click.argument("number", type=click.IntRange(min=0), required=False)
@click.option("--markdown", is_flag=True, help="Print the table as Markdown for the group's README.")
@click.option("--json", "as_json", is_flag=True, help="Print the table as JSON.")
@click.option("-j", "--jobs", type=click.IntRange(min=1),
              help="CPUs to use: checks and timings at once (default: every core).")
@click.option("--fresh", is_flag=True, help="Ignore the cache: check and time every file again.")
@click.option("--plot", "plot_dir", type=click.Path(file_okay=False),
              help="Write one log-log PNG per problem into this folder (needs algokit[plot]); the Markdown links them.")
@click.option("--update", "readme", type=click.Path(dir_okay=False),
              help="Rewrite the week's block of this file (e.g. README.md) between its "
                   "<!-- algokit:week N --> markers, or append it; nothing else in the file changes.")
@pass_here
def week(here, number, markdown, as_json, jobs, fresh, plot_dir, readme):
    """Show week NUMBER (default: the latest): problems by members, verdict and speed in each cell.

    Checks and timings run on every CPU, one at a time on each. Results are cached in
    .algokit/cache/ and reused until a file, the spec or algokit changes, so
    --update twice with nothing changed leaves the file byte for byte the same.
    """
    from .group import markers
    from .group import week as weeks
    from .judging import load
    from .report import terminal
    from .report import week as shown
    from .report.timing import require_matplotlib

    if readme and as_json:
        raise UserError("--update writes the Markdown report; --json prints the data: choose one")
    if plot_dir:
        require_matplotlib()  # before the checks and timing, not after them
    root = here.required()
    number = weeks.latest_week(root) if number is None else number
    block = f"week {number}"
    if readme:
        markers.find(markers.read(readme), block, readme)  # broken markers: say so before the work
    environment, unprotected = _sandboxed()
    load.start()
    with terminal.status() as status:  # on stderr, and only on a terminal: never mixed into the table
        result = weeks.table(root, number, jobs, fresh, status)
    plots, notes = shown.plot(result, plot_dir) if plot_dir else ({}, [])
    for line in [f"plot: {_rel(path)}" for path in plots.values()] + notes:
        _note(line)
    if as_json:
        click.echo(json.dumps(shown.as_json(result, environment), ensure_ascii=False, default=repr))
    elif readme:
        links = {slug: shown.link(path, Path(readme).absolute().parent) for slug, path in plots.items()}
        action = markers.update(readme, block, shown.markdown(result, links))
        click.echo({"updated": f"updated {readme}: the {block} block",
                    "unchanged": f"{readme}: the {block} block is up to date (nothing written)",
                    "created": f"created {readme} with the {block} block",
                    "appended": f"{readme} had no {block} markers: appended the block at its end, between "
                                f"{markers.begin(block)} and {markers.end(block)}"}[action])
    elif markdown:
        click.echo(shown.markdown(result, {slug: shown.link(path, Path.cwd()) for slug, path in plots.items()}))
    else:
        terminal.show_week(result)
    if (markdown or readme) and result.cached:
        _note(shown.cache_note(result))  # true of this run only: kept out of the Markdown
    if unprotected:
        _note(unprotected)
    if result.measured and load.warning():  # cells from the cache were timed another time
        _note(load.warning())


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the same as JSON.")
@pass_here
def doctor(here, as_json):
    """What this machine gives the kit: whether its timing compares with Linux CI, the runner and
    its guarantees, the toolchains for Java, C++ and JavaScript members, the workspace."""
    from .report import doctor as report

    found = report.facts(here.root)
    click.echo(json.dumps(found, ensure_ascii=False, indent=2) if as_json else report.text(found))


@main.command()
@click.option("--base", default="origin/HEAD", show_default=True,
              help="Compare HEAD with this branch or commit, from where they parted.")
@pass_here
def touched(here, base):
    """Print problems/<slug> of each problem changed since BASE: spec, references or members' files.

    One folder per line, for `pytest $(algokit touched)`: the pull request workflow
    checks only these.
    """
    from .group import touched as changes

    for folder in changes.problems(here.required(), base):
        click.echo(_rel(folder))


if __name__ == "__main__":  # python -m algokit.cli
    main()
