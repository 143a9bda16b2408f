"""The fill-in workbook: a way in for colleagues who will not edit YAML.

``perfdocs template 2025/项目.xlsx [--from 项目.yaml]`` writes an Excel workbook with
one sheet per part of a project file (基本信息, 填报信息, 申报, 申报指标, 自评, 自评指标),
the form's own labels, drop-down lists for the names a layout allows (一级/二级指标,
金额单位, 版式), the boxes to fill unlocked and everything else protected, and no
formulas. ``perfdocs import`` recognises it by a hidden sheet and reads it back into
exactly the project file it came
from (:mod:`perfdocs.fillin.reader`).

- :mod:`perfdocs.fillin.spec`: which label on which sheet holds which key (shared by both
  directions, so they cannot disagree);
- :mod:`perfdocs.fillin.writer`: project data → workbook bytes;
- :mod:`perfdocs.fillin.reader`: workbook → project data, with each value's cell.
"""

from __future__ import annotations

MARK_SHEET = "_perfdocs"
"""The hidden sheet holding the drop-down lists and the mark that this is our workbook."""
MARK = "perfdocs 填写表"
FORMAT_VERSION = "1"
REPORT_ASIDE = "report-aside"
"""The rule of the note on a 自评报告 the reader set aside (:func:`perfdocs.fillin.reader.
read_fillin`): said on screen, not written into the file's head — it is about the workbook."""
