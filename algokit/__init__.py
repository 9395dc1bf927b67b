"""algokit: the practice kit for algorithm study groups."""

__version__ = "0.1.0"
