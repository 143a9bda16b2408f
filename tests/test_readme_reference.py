"""README's 参考手册 is the user's reference in Chinese: it names every key a project file may
hold, and its project-file snippets are a valid project.

A finance clerk reads Chinese first (tester4, finding 11: the key table, the arithmetic, the
checks and the 自评报告 keys were English only). A key added to the project model must be
explained there too, or this test names it.
"""

from __future__ import annotations

import re
from decimal import Decimal as D
from pathlib import Path

from perfdocs.engine.pipeline import prepare
from perfdocs.errors import PerfdocsError, Severity
from perfdocs.loading.schema import model_schema
from perfdocs.loading.settings import Settings
from perfdocs.rules.report import missing_paragraphs
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
REFERENCE = README[README.index("## 参考手册"):README.index("## English reference")]


def test_every_project_file_key_is_explained_in_chinese() -> None:
    schema = model_schema()
    keys = set(schema["properties"])
    for section in schema["$defs"].values():
        keys |= set(section.get("properties", {}))
    assert len(keys) > 60
    missing = sorted(key for key in keys if key not in REFERENCE)
    assert missing == []


def test_reference_snippets_make_a_valid_project(tmp_path: Path) -> None:
    """The example project, with the 申报 part and the 自评报告 paragraphs of the reference
    added, validates without an error and keeps its figures; a 实现情况 key naming no
    一级指标 of the project is an error, as the reference says."""
    example, declaration, revisions, report = re.findall(r"```yaml\n(.*?)```", REFERENCE,
                                                         re.S)
    # the first yaml block of README, the one test_readme renders
    assert README.index(example) < README.index("```yaml\n") + 10
    paragraphs = report.split("\n", 1)[1].replace("……", "。").replace("…", "。")
    paragraphs = paragraphs.replace("      效益指标: 。\n", "      效益指标: 。\n      满意度指标: 。\n")
    text = example.replace("\n自评:\n", "\n" + declaration.replace("…", "略") + "\n自评:\n"
                           + paragraphs, 1)
    text = revisions + text  # 修订 as a list, as the reference writes it
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    prepared = prepare(path, Settings())
    assert prepared.result is not None and prepared.result.total == D("82.85")
    assert not [d for d in prepared.diagnostics if d.severity is Severity.ERROR]
    evaluation = prepared.loaded.project.evaluation
    assert evaluation is not None and missing_paragraphs(evaluation) == []
    entries = prepared.loaded.project.revisions or []
    assert [(r.number, r.stage) for r in entries] == [(2, "申报"), (3, "自评")]
    path.write_text(text.replace("      产出指标: 。", "      产出目标: 。"), encoding="utf-8")
    try:
        prepare(path, Settings())
    except PerfdocsError as error:
        assert any("「产出目标」不是本项目的一级指标" in d.message
                   for d in error.all_diagnostics())
    else:
        raise AssertionError("a 实现情况 key naming no 一级指标 passed")
