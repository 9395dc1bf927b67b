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
