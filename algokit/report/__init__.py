"""Everything the commands print, kept apart from the work that produces it.

- :mod:`.verdicts`: a verdict as text (input, expected, got) and ``check``'s output;
- :mod:`.timing`: ``algokit time``'s table, Markdown, JSON, footer and plot;
- :mod:`.week`: ``algokit week``'s cells, its Markdown session report, JSON and plots;
- :mod:`.problems`: ``algokit show`` and ``algokit list``;
- :mod:`.layout`: ``algokit init --detect``'s proposal;
- :mod:`.terminal`: the same tables drawn with Rich, and progress on stderr.
"""
