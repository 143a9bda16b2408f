"""The per-user cache of compiled pydantic validators (perfdocs/loading/compiled_validators.py):
a kept validator checks a project exactly as pydantic's own (same values, same errors,
hence the same messages), a new process uses it without building a schema or loading
pydantic's plugin machinery, and a stale, damaged, foreign or unwritable entry is nothing
worse than pydantic building the validator again."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError
from pydantic_core import SchemaValidator

from perfdocs.errors import ValidationFailed
from perfdocs.loading import checked_files, compiled_validators
from perfdocs.loading.compiled_validators import FORMAT
from perfdocs.loading.project import PROJECT_CODE, load_project
from perfdocs.model.project_models import Project, Revision

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "data" / "2024" / "技能评价业务经费.yaml"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "checked"
    monkeypatch.setenv(checked_files.CACHE_VARIABLE, str(folder))
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "__all__")
    monkeypatch.setattr(compiled_validators, "_BUILT", {})  # each test starts as a new process
    monkeypatch.setattr(compiled_validators, "_KEPT", {})
    return folder


def fresh() -> SchemaValidator:
    """The project validator as a new process gets it."""
    compiled_validators._BUILT.clear()
    return compiled_validators.validator(Project, PROJECT_CODE)


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.bin"))


def errors(validator: SchemaValidator, data: object) -> object:
    """Every error pydantic reports, as the translator reads them (the raised error's
    text included)."""
    with pytest.raises(ValidationError) as found:
        validator.validate_python(data, context={"unit": "元"})
    return json.loads(found.value.json(include_url=False))


BAD = [
    {},
    {"年度": "二〇二四", "项目名称": "", "主管部门": None, "实施单位": "x\u200b", "多余": 1},
    {"年度": 2024, "项目名称": "甲", "主管部门": "乙", "实施单位": "丙",
     "自评": {"项目资金": {"年度资金总额": {"年初预算数": "十万"}}, "年度总体目标": {},
              "绩效指标": {"产出指标": {}}}},
    {"年度": 2024, "项目名称": "甲", "主管部门": "乙", "实施单位": "丙",
     "申报": {"项目类别": "x", "计划开始日期": "2024-13-01", "计划完成日期": "昨天",
              "项目资金": {"年度资金申请总额": {"合计": -1}}, "年度总体目标": "g",
              "绩效指标": {}}, "修订": {"版本": 0}},
]


def test_the_kept_validator_checks_as_pydantics_own(cache: Path) -> None:
    first = fresh()  # built by pydantic, then kept
    assert len(entries(cache)) == 1
    again = fresh()  # read back
    assert again is not first
    Project.model_rebuild()
    own = Project.__pydantic_validator__
    from perfdocs.loading.source import load_source

    data = load_source(EXAMPLE).data
    reference = own.validate_python(data, context={"unit": "元"})
    for got in (first, again):
        value = got.validate_python(data, context={"unit": "元"})
        assert value == reference and type(value) is Project
        assert value.model_fields_set == reference.model_fields_set
        for bad in BAD:
            assert errors(got, bad) == errors(own, bad)  # type: ignore[arg-type]


def test_a_project_loads_the_same_with_and_without_the_cache(
        cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(EXAMPLE.read_text(encoding="utf-8").replace("年度: 2024", "年度: 二〇二四")
                   + "多余的键: 1\n", encoding="utf-8")

    def load() -> tuple[object, list[str]]:
        compiled_validators._KEPT.clear()
        with pytest.raises(ValidationFailed) as found:
            load_project(bad)
        return load_project(EXAMPLE).project, [str(d) for d in found.value.diagnostics]

    kept = load()
    assert entries(cache)
    assert load() == kept  # from the entry
    monkeypatch.setenv(checked_files.CACHE_VARIABLE, "off")
    assert load() == kept
    assert len(kept[1]) >= 2


def test_a_new_process_builds_no_schema_and_loads_no_plugin_machinery(cache: Path) -> None:
    code = ("import sys, json\nfrom perfdocs.loading.project import load_project\n"
            "from perfdocs.model.project_models import Project\n"
            f"loaded = load_project({str(EXAMPLE)!r})\n"
            "print(json.dumps({'name': loaded.project.name,\n"
            "                  'built': Project.__pydantic_complete__,\n"
            "                  'plugins': 'pydantic.plugin._loader' in sys.modules}))\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), checked_files.CACHE_VARIABLE: str(cache),
           "PYDANTIC_DISABLE_PLUGINS": "__all__"}
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env=env, check=True, cwd=cache.parent).stdout for _ in range(2)]
    first, second = (json.loads(run) for run in runs)
    assert first["name"] == second["name"] == "技能评价业务经费"
    assert first["built"]  # built by pydantic (which then also looked for plugins)
    assert not second["built"] and not second["plugins"]


def test_changed_model_code_is_a_new_entry(cache: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The key holds the source of the modules named: an edit to them (a new field) is a
    miss and pydantic builds the validator of the code now running."""
    fresh()
    assert len(entries(cache)) == 1
    monkeypatch.setattr(checked_files, "_code_digest", lambda names: "another source")
    fresh()
    assert len(entries(cache)) == 2
    other = compiled_validators.validator(Revision, PROJECT_CODE)  # another model: its own
    assert len(entries(cache)) == 3
    assert other.validate_python({"版本": 1, "日期": "2024-01-02", "原因": "改"}).number == 1


@pytest.mark.parametrize("damage", ["truncated", "flipped", "foreign", "empty", "garbage",
                                    "not-a-validator", "unknown-class"])
def test_a_damaged_entry_is_built_again_and_rewritten(damage: str, cache: Path) -> None:
    fresh()
    entry = entries(cache)[0]
    raw = entry.read_bytes()

    def signed(payload: bytes) -> bytes:
        return FORMAT + hashlib.sha256(payload).digest() + payload

    if damage == "truncated":
        entry.write_bytes(raw[: len(raw) // 2])
    elif damage == "flipped":
        entry.write_bytes(raw[:-10] + bytes([raw[-10] ^ 0xFF]) + raw[-9:])
    elif damage == "foreign":
        assert raw.startswith(FORMAT)
        entry.write_bytes(b"perfdocs-validator 0\n" + raw[len(FORMAT):])
    elif damage == "empty":
        entry.write_bytes(b"")
    elif damage == "garbage":
        entry.write_bytes(os.urandom(5000))
    elif damage == "not-a-validator":  # well formed, but not what is asked for: refused
        entry.write_bytes(signed(pickle.dumps({"schema": "x"})))
    else:  # a validator naming a class this code no longer has
        entry.write_bytes(signed(raw[len(FORMAT) + 32:].replace(b"FundRow", b"FundRoW")))
    got = fresh()
    assert errors(got, BAD[1]) == errors(Project.__pydantic_validator__, BAD[1])  # type: ignore[arg-type]
    assert entry.read_bytes() == raw  # rewritten as it was
    assert compiled_validators._recall(entry.stem) is not None


def test_an_unwritable_or_absent_cache_is_no_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compiled_validators, "_BUILT", {})
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "__all__")
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    for place in (str(blocker / "cache"), "off"):
        monkeypatch.setenv(checked_files.CACHE_VARIABLE, place)
        got = fresh()
        assert errors(got, BAD[0]) == errors(Project.__pydantic_validator__, BAD[0])  # type: ignore[arg-type]
    assert blocker.read_text(encoding="utf-8") == "x"


def test_with_plugins_on_pydantic_builds_its_own(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """pydantic wraps a validator in its plugins when any may be installed: then the
    validator is pydantic's own, and nothing is kept or read."""
    monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS")
    Project.model_rebuild()
    assert fresh() is Project.__pydantic_validator__
    assert not entries(cache)


def test_a_layouts_faults_read_the_same_with_a_kept_validator(
        cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A layout that changed is checked again, by the layout model's kept validator: the
    same faults, keys and lines as pydantic's own validator finds."""
    import shutil

    from perfdocs.errors import LayoutInvalid
    from perfdocs.layouts import layout
    from perfdocs.layouts.checking import Layout
    from perfdocs.layouts.layout import PACKAGE_TEMPLATES, read_layout

    root = tmp_path / "layouts"
    shutil.copytree(PACKAGE_TEMPLATES / "national-2020", root / "national-2020")
    child = root / "my-2024"
    child.mkdir()
    (child / "layout.toml").write_text(
        'extends = "national-2020"\n\n[forms."自评表"]\ntitle = 3\n'
        '[forms."自评表".rounding]\nmoney = 3\nmode = "up-ish"\n', encoding="utf-8")

    def faults() -> list[str]:
        layout._KNOWN.clear()
        compiled_validators._BUILT.clear()
        with pytest.raises(LayoutInvalid) as found:
            read_layout(child)
        return [str(d) for d in found.value.all_diagnostics()]

    kept = faults()  # Layout's validator built by pydantic, then kept
    assert len(kept) >= 2
    assert [e for e in entries(cache) if compiled_validators._recall(e.stem)]
    assert faults() == kept  # the kept one
    Layout.model_rebuild()
    assert compiled_validators._BUILT[Layout] is not Layout.__pydantic_validator__
    monkeypatch.setenv(checked_files.CACHE_VARIABLE, "off")
    assert faults() == kept  # pydantic's own


def test_every_model_knows_its_field_types_at_import() -> None:
    """A deferred model whose field type is a name only known to the type checker would
    fail at its first validation, in a user's run: each model's fields resolve at import."""
    from pydantic import BaseModel

    from perfdocs.layouts import checking
    from perfdocs.loading import settings_file
    from perfdocs.model import project_models

    for module in (project_models, checking, settings_file):
        models = [value for value in vars(module).values()
                  if isinstance(value, type) and issubclass(value, BaseModel)
                  and value.__module__ == module.__name__]
        assert len(models) >= 5
        for model in models:
            assert model.__pydantic_fields_complete__, model
