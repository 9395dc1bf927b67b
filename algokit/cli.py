"""The ``algokit`` command. It only wires: the work lives in the modules it calls.

Heavy imports (Hypothesis, matplotlib) happen inside the commands that need
them, so ``algokit --help`` stays fast.
"""

import json
import shlex
import sys

import click

from . import __version__
from .errors import AlgokitError


class CannotCheck(click.ClickException):
    """Bad input (unknown problem, missing file, malformed spec): exit status 2, one message."""

    exit_code = 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="algokit")
def main():
    """Practice kit for algorithm study groups.

    Check every solution of every problem with `pytest problems/`: the examples,
    a Hypothesis cross-check against the oracle, and runs at the constraint
    maximum against the time limit.
    """


@main.command()
@click.argument("problem")
@click.argument("files", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON.")
@click.option("--seed", type=click.IntRange(min=0), help="Fix the generated inputs, to reproduce a run.")
@click.option("--max-examples", type=click.IntRange(min=1), help="Inputs per cross-check (default: the spec's).")
def check(problem, files, as_json, seed, max_examples):
    """Give each FILE a verdict on PROBLEM, with the smallest input that breaks it.

    PROBLEM is a slug (programmers-152996), a platform id (152996) or
    platform/id. FILE is a path, or a file name in solutions/<slug>/. Runs the
    examples, a cross-check against the oracle and the runs at maximum size,
    stopping at each file's first failure. Exit status: 0 when every file is
    OK, 1 when any is not, 2 when the check could not run.
    """
    from . import catalog
    from .check import as_json as to_json, check_files, human_lines, new_seed

    try:
        spec = catalog.resolve(catalog.find_workspace(), problem)
        seed = new_seed() if seed is None else seed
        base = ["algokit", "check", spec.slug]
        extra = ["--seed", str(seed)] + (["--max-examples", str(max_examples)] if max_examples else [])

        def show(given, verdict):
            if not as_json:
                reproduce = shlex.join(base + [given] + extra)
                click.echo("\n".join(human_lines(spec, given, verdict, reproduce)))

        results = check_files(spec, files, seed, max_examples, on_result=show)
    except AlgokitError as error:
        raise CannotCheck(str(error)) from None
    except KeyboardInterrupt:
        click.echo("interrupted: no worker is left running", err=True)
        sys.exit(130)
    if as_json:
        click.echo(json.dumps(to_json(spec, results), ensure_ascii=False))
    sys.exit(0 if all(v.ok for _, v in results) else 1)


@main.command("time")
@click.argument("problem")
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
    from . import catalog, timing
    from .check import locate
    from . import tables

    try:
        spec = catalog.resolve(catalog.find_workspace(), problem)
        solutions = _timed_solutions(spec, files, locate)
        size_list = _parse_sizes(spec, sizes)
        if case is not None and case not in _cases(spec):
            raise click.BadParameter(f"{case!r} is not a worst case of {spec.slug}; "
                                     f"choose one of {', '.join(_cases(spec))}", param_hint="--case")
        with tables.progress(enabled=not (as_json or markdown)) as progress:
            result = timing.measure(spec, solutions, size_list, repeat, budget, seed, case, progress)
        if plot_path:
            timing.plot(result, plot_path)
    except AlgokitError as error:
        raise CannotCheck(str(error)) from None
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


def _timed_solutions(spec, files, locate):
    """``[(label, path)]``: the given files plus the trusted reference, or every solution."""
    if not files:
        paths = sorted(spec.solutions_dir.glob("*.py"))
        if not paths:
            raise click.UsageError(f"no solutions in {spec.solutions_dir}")
    else:
        paths = [locate(spec, f) for f in files]
        baseline = spec.solutions_dir / spec.trusted
        if all(p.resolve() != baseline.resolve() for p in paths):
            paths.append(baseline)
    labels = [p.stem for p in paths]
    return [(label if labels.count(label) == 1 else str(p), p) for label, p in zip(labels, paths)]


def _parse_sizes(spec, text):
    if text is None:
        return None
    try:
        sizes = sorted({int(part) for part in text.split(",") if part.strip()})
    except ValueError:
        raise click.BadParameter(f"{text!r}: give whole numbers separated by commas", param_hint="--sizes") from None
    param = spec.param(spec.size_param)
    low, high = (param.len if spec.size_is_len else (param.min, param.max))
    bad = [n for n in sizes if not low <= n <= high]
    if bad or not sizes:
        raise click.BadParameter(f"sizes must lie in [{low}, {high}] ({spec.size_label}), got {bad or text!r}",
                                 param_hint="--sizes")
    return sizes


def _cases(spec):
    from .generate import load_gen, worst_cases

    return list(worst_cases(spec, load_gen(spec)))
