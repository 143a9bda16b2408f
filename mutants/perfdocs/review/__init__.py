"""Reviewing filled forms and versions without rendering them.

- :mod:`~perfdocs.review.audit`: ``perfdocs check``: printed figures against the rules;
- :mod:`~perfdocs.review.diff`: ``perfdocs diff``: what changed between two versions.
"""
