"""The project model: what a project file says, as typed values (Decimal money and scores,
parsed targets), before any layout or arithmetic is applied.

- :mod:`~perfdocs.model.project`: the pydantic model of a project file (申报, 自评, 修订);
- :mod:`~perfdocs.model.numbers`: text → Decimal (money units, thousands separators, rounding);
- :mod:`~perfdocs.model.targets`: 年度指标值 / 实际完成值 text → a comparable measure;
- :mod:`~perfdocs.model.marks`: the marks left in files still to be filled in.
"""
