"""Run solutions in isolation and say what they came to: verdicts, timings and fitted classes.

Uses the shared vocabulary and ``problem``; never the group's repository or the reports.
"""
