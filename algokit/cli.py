"""The ``algokit`` command. It only wires: the work lives in the modules it calls.

Heavy imports (Hypothesis, matplotlib, Rich) happen inside the commands that
need them, so ``algokit --help`` stays fast.
"""

import json
import shlex
import sys
from pathlib import Path

import click

from . import __version__
from .errors import AlgokitError


class UserError(click.ClickException):
    """Bad input (unknown problem, missing file, malformed spec): exit status 2, one message."""

    exit_code = 2


def _note(text):
    click.echo(text, err=True)


def _complete_problem(ctx, param, incomplete):
    """Shell completion for problem names: slugs, ids and titles that start with what was typed."""
    from click.shell_completion import CompletionItem

    from . import catalog, names

    typed = names.normal(incomplete)
    items = []
    for spec in catalog.load_all(catalog.find_workspace(required=False)):
        for value in (spec.slug, spec.id, spec.title_ko, spec.title_en, *spec.aliases):
            if names.normal(value).startswith(typed):
                # One shell word: "시소 짝꿍" is offered as 시소짝꿍, which resolves the same.
                items.append(CompletionItem("".join(value.split()), help=f"{spec.title_ko} ({spec.title_en})"))
                break
    return items


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="algokit")
def main():
    """Practice kit for algorithm study groups.

    \b
    algokit init                       make this folder the group's workspace
    algokit new 시소짝꿍 --week 4      set up a problem and your stub
    pytest problems/                   check every solution of every problem
    algokit check 152996 kim.py        one member's verdict and counterexample
    algokit time 152996                the group's timing table
    algokit week 4                     verdicts and speeds, members by problems
    """


@main.command()
@click.option("--author", help="You: the default author of `algokit new`.")
@click.option("--member", "members", multiple=True, help="A member of the group (repeat for each).")
def init(author, members):
    """Make this folder a workspace: problems/, solutions/, algokit.toml and .gitignore."""
    from . import workspace

    for path, action in workspace.init(Path.cwd(), author, members):
        click.echo(f"{action:>9}  {_rel(path)}")
    click.echo("\nnext: algokit new \"시소 짝꿍\" --week 1   (or any problem: algokit list)")


@main.command()
@click.argument("name", shell_complete=_complete_problem)
@click.option("--week", type=click.IntRange(min=0), help="Record the problem under week N in algokit.toml.")
@click.option("--author", help="Whose stub to write (default: algokit.toml's author, then git's user.name).")
@click.option("--force", is_flag=True, help="Rewrite the kit's own files from the catalogue (never a member's).")
@click.option("--yes", is_flag=True, help="When NAME is not clear, take the closest match without asking.")
@click.option("--new", "create", is_flag=True, help="Create a new problem named NAME instead of matching.")
@click.option("--slug", help="The ASCII slug of a new problem (default: derived from NAME).")
def new(name, week, author, force, yes, create, slug):
    """Set up problem NAME in this workspace, with a stub for you.

    NAME is a Korean or English title, an alias, an id (152996,
    programmers/152996) or the problem's URL, in any spacing or case; a
    misspelling resolves when it is clear. A name the catalogue does not know
    makes a new problem skeleton to fill in. Nothing that exists is overwritten.
    """
    from . import catalog, names, scaffold, workspace

    try:
        root = catalog.find_workspace(required=False)
        if root is None:
            raise UserError("no workspace here: run `algokit init` first")
        who = workspace.author(root, author)
        if week is not None and not (root / workspace.CONFIG).exists():
            raise UserError("--week needs algokit.toml: run `algokit init` first")
        spec = None if create else _pick(name, catalog.load_all(root), yes, names)
        if spec is not None:
            scaffold.check_author(spec, who)
            done = scaffold.copy_problem(_catalogue_twin(spec, force) or spec, root, force)
            spec = catalog.resolve(root, spec.slug)
            done.append(scaffold.write_stub(spec, root, who))
            slug = spec.slug
        else:
            slug, done = scaffold.skeleton(root, name, slug, who)
        if (root / workspace.CONFIG).exists():
            workspace.record(root, week, slug, who)
    except AlgokitError as error:
        raise UserError(str(error)) from None
    for path, action in done:
        click.echo(f"{action:>9}  {_rel(path)}")
    if week is not None:
        click.echo(f" recorded  week {week}: {slug}")
    stub = scaffold.stub_path(spec, root, who) if spec else Path("solutions", slug, scaffold.file_stem(who) + ".py")
    click.echo(f"\nnext: edit {_rel(stub)}, then\n  algokit check {slug} {_rel(stub)}\n  pytest problems/{slug}")


def _pick(name, specs, yes, names):
    """The spec NAME means, asking when it is not clear; None for a new problem."""
    found = names.resolve(name, specs)
    if found.spec is not None:
        if not found.exact:
            _note(f"resolved {name!r} to {found.spec.title_ko} ({found.spec.title_en}, {found.spec.slug})")
        return found.spec
    if not found.candidates:
        return None
    if yes:
        pick = found.candidates[0].spec
        _note(f"resolved {name!r} to {pick.title_ko} ({pick.slug}) (--yes)")
        return pick
    listing = "\n".join(f"  {i}. {c.spec.title_ko} ({c.spec.title_en}, {c.spec.slug})"
                        for i, c in enumerate(found.candidates, 1))
    click.echo(f"{name!r} is not a known title. Closest:\n{listing}\n  0. none: create a new problem {name!r}",
               err=True)
    try:
        choice = click.prompt("which one", type=click.IntRange(0, len(found.candidates)), err=True)
    except click.Abort:
        raise UserError(f"{name!r} is ambiguous: answer the question, or pass --yes (take 1.) "
                        f"or --new (create a new problem)") from None
    return found.candidates[choice - 1].spec if choice else None


def _catalogue_twin(spec, force):
    """With --force, the catalogue's copy of a workspace problem, to rewrite the kit's files from."""
    from . import catalog
    from .spec import load_spec

    root = catalog.catalogue_root()
    if not force or root is None or not (root / "problems" / spec.slug).is_dir():
        return None
    return load_spec(root / "problems" / spec.slug)


@main.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the problems as JSON.")
def list_command(as_json):
    """List the workspace's and the catalogue's problems."""
    from . import catalog, describe

    root = catalog.find_workspace(required=False)
    rows = []
    for spec in catalog.load_all(root):
        inside = root is not None and Path(root) in spec.path.parents
        rows.append(describe.list_row(spec, "workspace" if inside else "catalogue"))
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False))
        return
    from . import tables

    tables.show_problems(rows)


@main.command()
@click.argument("name", shell_complete=_complete_problem)
@click.option("--json", "as_json", is_flag=True, help="Print the spec as JSON.")
def show(name, as_json):
    """Print a problem's statement, signature, constraints and examples."""
    from . import catalog, describe

    try:
        spec = catalog.resolve(catalog.find_workspace(required=False), name, catalogue=True, note=_note)
    except AlgokitError as error:
        raise UserError(str(error)) from None
    click.echo(json.dumps(describe.as_json(spec), ensure_ascii=False) if as_json else describe.text(spec))


@main.command()
@click.argument("problem", shell_complete=_complete_problem)
@click.argument("files", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON.")
@click.option("--seed", type=click.IntRange(min=0), help="Fix the generated inputs, to reproduce a run.")
@click.option("--max-examples", type=click.IntRange(min=1), help="Inputs per cross-check (default: the spec's).")
def check(problem, files, as_json, seed, max_examples):
    """Give each FILE a verdict on PROBLEM, with the smallest input that breaks it.

    PROBLEM is any name of a workspace problem: slug, id, title, alias or URL.
    FILE is a path, or a file name in solutions/<slug>/. Runs the examples, a
    cross-check against the oracle and the runs at maximum size, stopping at
    each file's first failure. Exit status: 0 when every file is OK, 1 when
    any is not, 2 when the check could not run.
    """
    from . import catalog
    from .check import as_json as to_json, check_files, human_lines, new_seed

    try:
        spec = catalog.resolve(catalog.find_workspace(), problem, note=_note)
        seed = new_seed() if seed is None else seed
        base = ["algokit", "check", spec.slug]
        extra = ["--seed", str(seed)] + (["--max-examples", str(max_examples)] if max_examples else [])

        def show_result(given, verdict):
            if not as_json:
                reproduce = shlex.join(base + [given] + extra)
                click.echo("\n".join(human_lines(spec, given, verdict, reproduce)))

        results = check_files(spec, files, seed, max_examples, on_result=show_result)
    except AlgokitError as error:
        raise UserError(str(error)) from None
    except KeyboardInterrupt:
        click.echo("interrupted: no worker is left running", err=True)
        sys.exit(130)
    if as_json:
        click.echo(json.dumps(to_json(spec, results), ensure_ascii=False))
    sys.exit(0 if all(v.ok for _, v in results) else 1)


@main.command("time")
@click.argument("problem", shell_complete=_complete_problem)
@click.argument("files", nargs=-1)
@click.option("--sizes", help="Comma-separated sizes, e.g. 1000,10000,100000 (default: halving from the maximum).")
@click.option("--repeat", type=click.IntRange(min=1), default=5, show_default=True, help="Timed rounds per size.")
@click.option("--budget", type=click.FloatRange(min=0, min_open=True),
              help="Seconds per call before TLE (default: the spec's time limit).")
@click.option("--case", help="Which gen.py worst case to time (default: the first in gen.py).")
@click.option("--seed", type=click.IntRange(min=0), default=0, show_default=True, help="Seed of the generated inputs.")
@click.option("--plot", "plot_path", type=click.Path(dir_okay=False, writable=True), help="Write a log-log PNG here.")
@click.option("--markdown", is_flag=True, help="Print the table as Markdown.")
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON.")
def time_command(problem, files, sizes, repeat, budget, case, seed, plot_path, markdown, as_json):
    """Time solutions of PROBLEM side by side on the same inputs.

    With no FILE, times every solution in solutions/<slug>/; with FILEs, times
    those and adds the trusted reference as a baseline. Prints a table of
    median times per size, the fitted complexity and the ratio to the fastest.
    """
    from . import catalog, tables, timing
    from .check import locate

    try:
        spec = catalog.resolve(catalog.find_workspace(), problem, note=_note)
        solutions = timing.solutions_to_time(spec, files, locate)
        size_list = timing.parse_sizes(spec, sizes)
        case = timing.check_case(spec, case)
        with tables.progress(enabled=not (as_json or markdown)) as progress:
            result = timing.measure(spec, solutions, size_list, repeat, budget, seed, case, progress)
        if plot_path:
            timing.plot(result, plot_path)
    except AlgokitError as error:
        raise UserError(str(error)) from None
    if as_json:
        click.echo(json.dumps(timing.as_json(result), ensure_ascii=False))
    elif markdown:
        click.echo(timing.markdown(result))
        click.echo("\n" + "  \n".join(timing.footer(result)))
    else:
        tables.show_timing(result)
    if plot_path and not as_json:
        click.echo(f"plot: {plot_path}")
    if result.interrupted:
        sys.exit(130)


@main.command()
@click.argument("number", type=click.IntRange(min=0), required=False)
@click.option("--markdown", is_flag=True, help="Print the table as Markdown for the group's README.")
def week(number, markdown):
    """Show week NUMBER (default: the latest): problems by members, verdict and speed in each cell."""
    from . import catalog, tables
    from . import week as weeks

    try:
        root = catalog.find_workspace()
        number = weeks.latest_week(root) if number is None else number
        with tables.status(enabled=not markdown) as status:
            members, rows = weeks.table(root, number, status)
    except AlgokitError as error:
        raise UserError(str(error)) from None
    if markdown:
        click.echo(weeks.markdown(members, rows, number))
    else:
        tables.show_week(members, rows, number)


def _rel(path):
    from .errors import shown

    return shown(path)
