"""Two years of one project clashing under a name pattern without {{ year }} blame the
pattern, not the projects (tester6 #10c): 「…两个项目的项目名称和实施单位相同，请改正其中一个」
sent the clerk to rename a project that is right."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT, invoke

SOURCE = ROOT / "data" / "2020" / "促进就业专项业务费.yaml"


def test_a_pattern_without_year_is_named_as_the_cause(tmp_path: Path) -> None:
    config = tmp_path / "perfdocs.toml"
    config.write_text('[render]\nname = "{{ unit }}/{{ project }}-{{ form }}"\n',
                      encoding="utf-8")
    text = SOURCE.read_text(encoding="utf-8")
    assert text.count("\n年度: 2020\n") == 1
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    first.write_text(text, encoding="utf-8")
    second.write_text(text.replace("\n年度: 2020\n", "\n年度: 2021\n"), encoding="utf-8")
    code, out = invoke("--config", str(config), "render", str(first), str(second),
                       "--out", str(tmp_path / "o"), "-f", "xlsx")
    assert code == 1, out
    assert "不同年度（2020 与 2021）的同名项目" in out and "不含 {{ year }}" in out, out
    assert "请改正其中一个" not in out
    # the same year twice: the projects are at fault, as before
    second.write_text(text, encoding="utf-8")
    code, out = invoke("--config", str(config), "render", str(first), str(second),
                       "--out", str(tmp_path / "p"), "-f", "xlsx")
    assert code == 1 and "项目名称和实施单位相同，请改正其中一个" in out, out
