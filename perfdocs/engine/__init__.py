"""The engine: load → validate → compute → build → render → write, for many files.

- :mod:`~perfdocs.engine.pipeline`: one project file prepared, its forms built with their
  render options (:class:`~perfdocs.engine.pipeline.BuiltForm`) and rendered in memory;
- :mod:`~perfdocs.engine.batch`: many files over worker processes, printed in input order;
- :mod:`~perfdocs.engine.pool`: where that work runs (an ``Executor``: this machine's process
  pool, or :mod:`~perfdocs.engine.cluster`'s Dask cluster, with what a task reads and
  writes carried by :mod:`~perfdocs.engine.shipping`);
- :mod:`~perfdocs.engine.output`: output names (sanitised, unique) and atomic writes;
- :mod:`~perfdocs.engine.declaration_summary`: the official 汇总表 (each 申报表 under the
  unit's title); :mod:`~perfdocs.engine.summaries`: the 一览表;
  :mod:`~perfdocs.engine.reports`: the 自评报告 (Word filled, PDF drawn from it).
"""
