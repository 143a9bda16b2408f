"""The project model: what a project file says, as typed values (Decimal money and scores,
parsed targets), before any layout or arithmetic is applied.

- :mod:`~perfdocs.model.project`: a project as a run holds it (申报, 自评, 修订): plain
  classes, the twins of :mod:`~perfdocs.model.project_models`, the pydantic models that
  define the file's schema, with their checks in :mod:`~perfdocs.model.project_checks`;
- :mod:`~perfdocs.model.plain`: the twin mechanism (a base class, a core schema made to
  validate into twins, pydantic objects turned into twins);
- :mod:`~perfdocs.model.numbers`: text → Decimal (money units, thousands separators, rounding);
- :mod:`~perfdocs.model.targets`: 年度指标值 / 实际完成值 text → a comparable measure;
- :mod:`~perfdocs.model.marks`: the marks left in files still to be filled in.
"""
