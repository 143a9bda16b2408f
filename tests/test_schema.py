"""The editor's schema: Chinese words and an example for every key, names from the layouts,
and a $schema line that resolves from where each file is."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from perfdocs.layouts.project_schema import json_schema
from perfdocs.loading.schema import BUNDLED, schema_comment, schema_location
from tests.conftest import ROOT, invoke

CHINESE = re.compile(r"[\u4e00-\u9fff]")


def _properties(schema: dict) -> list[tuple[str, str, dict]]:
    found = [("Project", key, prop) for key, prop in schema["properties"].items()]
    for name, section in schema["$defs"].items():
        found += [(name, key, prop) for key, prop in section.get("properties", {}).items()]
    return found


def test_every_key_has_chinese_words_and_an_example() -> None:
    schema = json.loads(json_schema())
    props = _properties(schema)
    assert len(props) >= 60
    for section, key, prop in props:
        assert CHINESE.search(prop.get("description", "")), f"{section}.{key}"
        is_section = "$ref" in json.dumps(prop) or prop.get("type") == "object"
        assert is_section or prop.get("examples"), f"{section}.{key} has no example"
    for name, section in schema["$defs"].items():
        assert CHINESE.search(section.get("description", "")), name


def test_examples_and_bundled_projects_fit_the_schema() -> None:
    schema = json.loads(json_schema())
    validator = jsonschema.Draft202012Validator(schema)
    for path in sorted((ROOT / "data").glob("*/*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        data = json.loads(json.dumps(data, default=str))  # dates as text, as an editor sees them
        errors = [e.message for e in validator.iter_errors(data)]
        assert errors == [], f"{path.name}: {errors}"
    for section, key, prop in _properties(schema):
        for example in prop.get("examples", []):
            inner = {k: v for k, v in prop.items() if k not in ("examples", "default")}
            sub = {"$defs": schema["$defs"], **inner}
            assert jsonschema.Draft202012Validator(sub).is_valid(example), f"{section}.{key}"


def test_year_with_nian_and_layout_names_are_accepted() -> None:
    schema = json.loads(json_schema())
    year = {"$defs": schema["$defs"], **schema["properties"]["年度"]}
    check = jsonschema.Draft202012Validator(year)
    assert check.is_valid("2025年") and check.is_valid(2025) and not check.is_valid("明年")
    assert check.is_valid("2025年度") and not check.is_valid("2025年度度")
    layout = json.dumps(schema["properties"]["版式"], ensure_ascii=False)
    for name in ("shanghai-2020", "shanghai-2021", "shanghai-2024"):
        assert name in layout


def test_indicator_names_come_from_the_layouts(monkeypatch: pytest.MonkeyPatch) -> None:
    from perfdocs.layouts import project_schema as module

    names = {"自评": {"产出指标": ["数量指标", "质量指标"], "满意度指标": ["服务对象满意度指标"]}}
    monkeypatch.setattr(module, "layout_vocabulary", lambda *_: (["x"], names))
    data = json.loads(module.json_schema())
    tree = data["$defs"]["Evaluation"]["properties"]["绩效指标"]
    assert tree["propertyNames"] == {"enum": ["产出指标", "满意度指标"]}
    assert tree["properties"]["产出指标"]["propertyNames"] == {"enum": ["数量指标", "质量指标"]}
    check = jsonschema.Draft202012Validator({"$defs": data["$defs"], **tree})
    item = [{"三级指标": "培训人数", "年度指标值": "≥1", "分值": 10}]
    assert check.is_valid({"产出指标": {"数量指标": item}})
    assert not check.is_valid({"产出指标": {"数量": item}})
    assert not check.is_valid({"产出": {"数量指标": item}})
    assert "propertyNames" not in data["$defs"]["Declaration"]["properties"]["绩效指标"]


def test_bundled_layouts_name_the_indicator_levels() -> None:
    data = json.loads(json_schema())
    tree = data["$defs"]["Evaluation"]["properties"]["绩效指标"]
    assert {"产出指标", "效益指标", "满意度指标"} <= set(tree["propertyNames"]["enum"])
    assert "成本指标" in tree["properties"]["产出指标"]["propertyNames"]["enum"]


def test_bundled_schema_is_current() -> None:
    expected = json_schema(bundled_only=True)
    assert BUNDLED.read_text(encoding="utf-8") == expected, (
        "perfdocs/schemas/project.schema.json is out of date: run "
        "python -c \"from perfdocs.layouts.project_schema import json_schema; "
        "from perfdocs.loading.schema import BUNDLED; BUNDLED.write_text("
        "json_schema(bundled_only=True), encoding='utf-8')\"")


def test_schema_line_resolves_from_each_file(tmp_path: Path) -> None:
    code, _ = invoke("init", str(tmp_path / "单位"))
    assert code == 0
    root = tmp_path / "单位"
    assert schema_location(root / "a.yaml") == "perfdocs.schema.json"
    assert schema_location(root / "2025" / "a.yaml") == "../perfdocs.schema.json"
    assert schema_location(root / "2025" / "x" / "a.yaml") == "../../perfdocs.schema.json"
    for file in (root / "a.yaml", root / "2025" / "a.yaml"):
        line = schema_comment(file)
        target = (file.parent / line.split("$schema=", 1)[1]).resolve()
        assert target == (root / "perfdocs.schema.json").resolve() and target.is_file()
    outside = tmp_path / "elsewhere" / "a.yaml"
    assert schema_location(outside) is None and schema_comment(outside) is None
    assert BUNDLED.is_file()


def test_a_file_outside_a_workspace_gets_no_machine_path(tmp_path: Path) -> None:
    """tester6 10j: outside an initialised folder the line named the bundled schema by its
    file: URI, a path into this machine's Python installation (…/site-packages/perfdocs/…),
    wrong on the colleague's PC the file goes to. Now no line there (one perfdocs wrote
    before is dropped, one's own kept); in a workspace, the relative path as ``new`` writes."""
    from perfdocs.loading.schema import COMMENT_PREFIX, with_schema_comment

    outside = tmp_path / "elsewhere" / "a.yaml"
    old = COMMENT_PREFIX + BUNDLED.as_uri()
    assert with_schema_comment("年度: 2025\n", outside) == "年度: 2025\n"
    assert with_schema_comment(f"{old}\r\n年度: 2025\r\n", outside) == "年度: 2025\r\n"
    own = COMMENT_PREFIX + "https://example.org/mine.json"
    assert with_schema_comment(f"{own}\n年度: 2025\n", outside) == f"{own}\n年度: 2025\n"
    inside = tmp_path / "单位" / "2025" / "a.yaml"
    assert invoke("init", str(tmp_path / "单位"))[0] == 0
    assert with_schema_comment(f"{old}\n年度: 2025\n", inside) == (
        COMMENT_PREFIX + "../perfdocs.schema.json\n年度: 2025\n")
    # import -o writes the same: nothing absolute, outside or in
    source = ROOT / "data" / "national-2020" / "社区居家养老服务补助.yaml"
    book = tmp_path / "book"
    assert invoke("render", str(source), "--form", "申报表", "--format", "xlsx", "-o",
                  str(book))[0] == 0
    (xlsx,) = book.rglob("*.xlsx")
    for target, line in ((outside, None), (inside, COMMENT_PREFIX + "../perfdocs.schema.json")):
        code, output = invoke("import", str(xlsx), "-o", str(target))
        assert code == 0, output
        text = target.read_text(encoding="utf-8")
        assert "file:" not in text and "site-packages" not in text
        first = text.splitlines()[0]
        assert first == line if line else not first.startswith(COMMENT_PREFIX), text[:200]


def test_schema_command_writes_the_same_schema(tmp_path: Path) -> None:
    out = tmp_path / "s.json"
    code, _ = invoke("schema", "-o", str(out))
    assert code == 0
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(json_schema())
