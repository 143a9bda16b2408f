"""perfdocs.toml's twins (perfdocs.loading.settings_sections) against its pydantic model
(perfdocs.loading.settings_file): the same fields, values and errors, and a process that
checks an edited perfdocs.toml with the kept validator imports no pydantic."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from perfdocs.loading import checked_files, compiled_validators, settings_file, settings_sections
from perfdocs.loading.settings import load_settings
from perfdocs.model.plain import Plain, field_mismatches, to_plain

ROOT = Path(__file__).resolve().parent.parent


def test_every_section_has_a_twin_with_its_fields() -> None:
    defined = {value for value in vars(settings_file).values()
               if isinstance(value, type) and issubclass(value, BaseModel)
               and value.__module__ == settings_file.__name__ and value.model_fields}
    assert defined == set(settings_file.MODELS)
    twins = settings_file.twins()
    assert [p for model, twin in twins.items() for p in field_mismatches(model, twin)] == []
    assert {value for value in vars(settings_sections).values()
            if isinstance(value, type) and issubclass(value, Plain) and value is not Plain
            } == set(twins.values())


GOOD: list[dict[str, Any]] = [
    {},
    {"render": {"formats": ["pdf", "html"], "document_date": date(2025, 1, 15), "footer": False},
     "unit": {"name": "  某某中心 "}, "layouts": {"paths": ["我的版式"]},
     "packet": {"volume_size": 50}},
    {"render": {"formats": [" PDF", "Xlsx"]}},
]
BAD: list[dict[str, Any]] = [
    {"render": {"formats": ["pfd"], "footer": "yes", "document_date": "2025-01-15"}},
    {"render": {"formats": [], "layot": "x"}, "packets": {}, "input": {"unit": "千元"}},
    {"render": {"document_date": date(1970, 1, 1)}, "unit": {"name": 3}},
]


@pytest.mark.parametrize("data", GOOD)
def test_the_twin_validator_gives_the_models_values(data: dict[str, Any], tmp_path: Path) -> None:
    context = {"base": tmp_path}
    made = settings_file.twin_validator().validate_python(data, context=context)
    own = settings_file.SettingsFile.model_validate(data, context=context)
    assert type(made) is settings_sections.SettingsFile
    assert type(made.render) is settings_sections.RenderSection  # a default made a twin
    assert made == to_plain(own, settings_file.twins())


@pytest.mark.parametrize("data", BAD)
def test_the_twin_validator_reports_the_models_errors(data: dict[str, Any],
                                                      tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as own:
        settings_file.SettingsFile.model_validate(data, context={"base": tmp_path})
    with pytest.raises(ValidationError) as twin:
        settings_file.twin_validator().validate_python(data, context={"base": tmp_path})
    assert json.loads(twin.value.json(include_url=False)) == json.loads(
        own.value.json(include_url=False))


def test_settings_read_the_same_with_a_kept_validator(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(checked_files.CACHE_VARIABLE, str(tmp_path / "checked"))
    monkeypatch.setattr(compiled_validators, "_KEPT", {})
    file = tmp_path / "perfdocs.toml"
    file.write_text('[render]\nformats = ["pdf"]\nout = "出"\n[unit]\nname = "某某中心"\n',
                    encoding="utf-8")
    first = load_settings(file)
    compiled_validators._KEPT.clear()
    file.write_text('[render]\nformats = ["pdf"]\nout = "出"\n[unit]\nname = "某某中心"\n\n',
                    encoding="utf-8")  # other bytes: checked again, by the kept validator
    second = load_settings(file)
    assert first == second
    assert second.formats == ("pdf",) and second.out == tmp_path / "出"
    assert second.unit.name == "某某中心"


def test_an_edited_settings_file_is_checked_without_pydantic(tmp_path: Path) -> None:
    file = tmp_path / "perfdocs.toml"
    code = ("import sys, json\n"
            "from perfdocs.loading.settings import load_settings\n"
            f"settings = load_settings({str(file)!r})\n"
            "print(json.dumps({'formats': settings.formats, 'modules': sorted(\n"
            "    m for m in sys.modules if m.split('.')[0] == 'pydantic'\n"
            "    or m == 'perfdocs.loading.settings_file')}))\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT),
           checked_files.CACHE_VARIABLE: str(tmp_path / "checked")}
    found = []
    for formats in ('["pdf"]', '["xlsx", "docx"]'):  # the second one a new file to check
        file.write_text(f"[render]\nformats = {formats}\n", encoding="utf-8")
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              env=env, check=True, cwd=tmp_path)
        found.append(json.loads(done.stdout))
    assert found[0]["formats"] == ["pdf"] and found[1]["formats"] == ["xlsx", "docx"]
    assert "pydantic" in found[0]["modules"]  # the validator built
    assert found[1]["modules"] == []
