"""The group's repository: its config, where members' files live, the week's problems and their table.

Uses the shared vocabulary, ``problem`` and ``judging``; never the reports.
"""
