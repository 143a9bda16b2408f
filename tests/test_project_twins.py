"""The project's twins (perfdocs.model.project) against its pydantic models
(perfdocs.model.project_models): the same fields, the same values and the same errors, and a
warm process that loads a project (and perfdocs.toml) without importing pydantic."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from perfdocs.loading import checked_files, compiled_validators
from perfdocs.loading.project import load_project, project_validator
from perfdocs.loading.source import load_source
from perfdocs.model import project, project_models
from perfdocs.model.plain import Plain, field_mismatches, to_plain

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "data").rglob("*.yaml"))
EXAMPLE = ROOT / "data" / "2024" / "技能评价业务经费.yaml"


def test_every_model_has_a_twin_with_its_fields() -> None:
    """One source of truth: a field added to a model and not to its twin (or the reverse,
    or in another order) fails here, naming it."""
    defined = {value for value in vars(project_models).values()
               if isinstance(value, type) and issubclass(value, BaseModel)
               and value.__module__ == project_models.__name__ and value.model_fields}
    assert defined == set(project_models.MODELS)
    twins = project_models.twins()
    assert len(twins) == len(defined) >= 15
    problems = [p for model, twin in twins.items() for p in field_mismatches(model, twin)]
    assert problems == []
    plain_classes = {value for value in vars(project).values()
                     if isinstance(value, type) and issubclass(value, Plain) and value is not Plain}
    assert plain_classes == set(twins.values())  # no twin without its model


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "checked"
    monkeypatch.setenv(checked_files.CACHE_VARIABLE, str(folder))
    monkeypatch.setattr(compiled_validators, "_KEPT", {})
    return folder


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_the_twin_validator_gives_the_models_values(path: Path, fresh_cache: Path) -> None:
    data = load_source(path).data
    unit = data.get("金额单位") or "元"
    made = project_validator().validate_python(data, context={"unit": unit})
    own = project_models.Project.model_validate(data, context={"unit": unit})
    assert type(made) is project.Project
    assert made == to_plain(own, project_models.twins())
    assert repr(made) == repr(own)
    if made.evaluation is not None:
        assert made.evaluation.flat() == to_plain(
            [(a, b, i, ind) for a, g in own.evaluation.indicators.items()  # type: ignore[union-attr]
             for b, items in g.items() for i, ind in enumerate(items)], project_models.twins())
    if made.declaration is not None:
        assert type(made.declaration.funds.project) is project.ProjectMoney  # a model default


def test_extra_fund_rows_are_twins_too(fresh_cache: Path) -> None:
    data = load_source(ROOT / "data" / "sichuan-2023" / "农村公路日常养护补助.yaml").data
    funds = project_validator().validate_python(data, context={"unit": "元"}).evaluation.funds
    assert set(funds.rows()) - set(project.NATIONAL_FUND_ROWS)  # the layout's own rows
    assert all(type(row) is project.FundRow for row in funds.rows().values())
    own = project_models.Project.model_validate(data, context={"unit": "元"}).evaluation
    assert funds.__pydantic_extra__ == to_plain(own.funds.__pydantic_extra__,  # type: ignore[union-attr]
                                                project_models.twins())


BAD: list[dict[str, Any]] = [
    {},
    {"年度": "二〇二四", "项目名称": "", "主管部门": None, "实施单位": "x\u200b", "多余": 1},
    {"年度": 2024, "项目名称": "甲", "主管部门": "乙", "实施单位": "丙"},
    {"年度": 2024, "项目名称": "甲", "主管部门": "乙", "实施单位": "丙",
     "自评": {"项目资金": {"年度资金总额": {"年初预算数": "十万"}, "": {}, "乙" * 41: {}},
              "年度总体目标": {"实际完成情况": " "},
              "绩效指标": {"产出指标": {}}}},
    {"年度": 2024, "项目名称": "甲", "主管部门": "乙", "实施单位": "丙",
     "申报": {"项目类别": "x", "计划开始日期": "2024-13-01", "计划完成日期": "昨天",
              "项目资金": {"年度资金申请总额": {"合计": -1}}, "年度总体目标": "g",
              "绩效指标": {}}, "修订": {"版本": 0}},
]


@pytest.mark.parametrize("data", BAD)
def test_the_twin_validator_reports_the_models_errors(data: dict[str, Any],
                                                      fresh_cache: Path) -> None:
    with pytest.raises(ValidationError) as own:
        project_models.Project.model_validate(data, context={"unit": "元"})
    with pytest.raises(ValidationError) as twin:
        project_validator().validate_python(data, context={"unit": "元"})
    assert json.loads(twin.value.json(include_url=False)) == json.loads(
        own.value.json(include_url=False))


def test_a_kept_validator_is_read_back_and_checks_the_same(fresh_cache: Path) -> None:
    first = project_validator()
    assert len(list(fresh_cache.glob("*.bin"))) == 1
    compiled_validators._KEPT.clear()
    again = project_validator()
    assert again is not first
    data = load_source(EXAMPLE).data
    assert (again.validate_python(data, context={"unit": "元"})
            == first.validate_python(data, context={"unit": "元"}))


@pytest.mark.parametrize("stage", [None, "自评"])
def test_revision_as_written_is_the_models_dump(fresh_cache: Path, stage: str | None) -> None:
    data = {"版本": 2, "日期": "2025年3月1日", "原因": "按评审意见修改",
            **({"阶段": stage} if stage else {})}
    own = project_models.Revision.model_validate(data)
    twin = to_plain(own, project_models.twins())
    written = twin.as_written()
    assert written == own.model_dump(mode="json", by_alias=True, exclude_none=True)
    # key for key as the file writes them (the packet manifest's bytes): 阶段 only if given
    assert list(written) == (["版本", "日期", "阶段", "原因"] if stage else ["版本", "日期", "原因"])


def test_a_twin_project_is_frozen_and_replace_makes_a_copy(fresh_cache: Path) -> None:
    loaded = load_project(EXAMPLE).project
    with pytest.raises(AttributeError):
        loaded.name = "别的"  # type: ignore[misc]
    renamed = loaded.replace(name="别的")
    assert renamed.name == "别的" and loaded.name != "别的"
    assert renamed.evaluation is loaded.evaluation


def _run(code: str, cache: Path) -> Any:
    env = {**os.environ, "PYTHONPATH": str(ROOT), checked_files.CACHE_VARIABLE: str(cache)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, check=True, cwd=ROOT)
    return json.loads(done.stdout.splitlines()[-1])


def test_a_warm_process_loads_a_project_and_settings_without_pydantic(tmp_path: Path) -> None:
    """The second process (kept validator, kept perfdocs.toml) never imports pydantic's
    Python package nor the models; only pydantic-core."""
    code = ("import sys, json\n"
            "from perfdocs.loading.settings import load_settings\n"
            "from perfdocs.loading.project import load_project\n"
            "settings = load_settings()\n"
            f"loaded = load_project({str(EXAMPLE)!r})\n"
            "print(json.dumps({'name': loaded.project.name, 'file': str(settings.file),\n"
            "    'type': type(loaded.project).__module__,\n"
            "    'core': sorted(m for m in sys.modules if m.startswith('pydantic_core')),\n"
            "    'modules': sorted(m for m in sys.modules if m.split('.')[0] == 'pydantic'\n"
            "                      or m.startswith('perfdocs.model.project_models'))}))\n")
    cache = tmp_path / "checked"
    first, second = _run(code, cache), _run(code, cache)
    assert first["name"] == second["name"] == "技能评价业务经费"
    assert second["file"] == str(ROOT / "perfdocs.toml")
    assert first["type"] == second["type"] == "perfdocs.model.project"
    assert "pydantic" in first["modules"]  # the miss builds with the models
    assert second["modules"] == []
    assert second["core"] == ["pydantic_core._pydantic_core"]  # the extension, alone


def test_a_warm_render_imports_pydantic_for_no_project_or_settings(tmp_path: Path) -> None:
    """In a warm ``perfdocs render … -f pdf``, whatever first imports pydantic's package is
    not the project's or perfdocs.toml's loading (the layouts' models are the layouts')."""
    code = (
        "import sys, json, traceback\n"
        "found = []\n"
        "class Watch:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        stack = [f.filename for f in traceback.extract_stack()]\n"
        "        looked_up = any('importlib.util' in f or 'importlib/util' in f for f in stack)\n"
        "        if name == 'pydantic' and not found and not looked_up:  # an import\n"
        "            found.append(stack)\n"
        "        return None\n"
        "sys.meta_path.insert(0, Watch())\n"
        "from perfdocs.cli.app import main\n"
        "try:\n"
        f"    main(['render', {str(EXAMPLE)!r}, '--form', '自评表', '-f', 'pdf',\n"
        f"          '-o', {str(tmp_path / 'out')!r}, '--no-cache'])\n"
        "except SystemExit as exc:\n"
        "    assert not exc.code, exc.code\n"
        "print(json.dumps(found[0] if found else []))\n")
    cache = tmp_path / "checked"
    _run(code, cache)
    stack = _run(code, cache)
    ours = [f for f in stack if f"{os.sep}perfdocs{os.sep}" in f]
    assert not [f for f in ours if f"{os.sep}model{os.sep}" in f or f"{os.sep}loading{os.sep}" in f]
