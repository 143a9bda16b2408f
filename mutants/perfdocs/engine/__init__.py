"""The engine: load → validate → compute → build → render → write, for many files.

- :mod:`~perfdocs.engine.pipeline`: one project file prepared and rendered in memory;
- :mod:`~perfdocs.engine.batch`: many files over worker processes, printed in input order;
- :mod:`~perfdocs.engine.output`: output names (sanitised, unique) and atomic writes.
"""
