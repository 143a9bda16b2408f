"""What one form's files are made from, as one digest (tester17 F9).

``render`` records it with each form's files (:func:`perfdocs.engine.cache.made_from`) and
``status`` computes it anew: a form is judged by what it prints, not by every byte of the
project file, so a reworded 自评报告 paragraph or a comment (which no form prints) leaves the
forms 最新 while a figure a form prints makes them 过期. Its own small module: the worker
that renders one form imports no more than hashlib for it (issue 20.2's import budget).
"""

from __future__ import annotations

import hashlib


def form_content(built: object) -> str:
    """The sha256 of a built form (:class:`~perfdocs.engine.pipeline.BuiltForm`, typed as
    ``object`` so that this module names nothing of the pipeline that calls it) and its
    render options: all a renderer reads of the project (renderers never compute), so two
    projects whose forms print the same give the same digest. The records' repr holds only
    tuples, Decimals, strings and dicts in the order they were built: the same project gives
    the same text in any process."""
    return hashlib.sha256(repr(built).encode("utf-8", "surrogatepass")).hexdigest()
