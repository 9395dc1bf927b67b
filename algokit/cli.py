"""The ``algokit`` command. It only wires: the work lives in the modules it calls.

Heavy imports (Hypothesis, matplotlib) happen inside the commands that need
them, so ``algokit --help`` stays fast.
"""

import click

from . import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="algokit")
def main():
    """Practice kit for algorithm study groups.

    Check every solution of every problem with `pytest problems/`: the examples,
    a Hypothesis cross-check against the oracle, and runs at the constraint
    maximum against the time limit.
    """
