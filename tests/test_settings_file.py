"""perfdocs.toml checked by its pydantic model through the one translator of pydantic errors:
every fault at once, each with the file, its line, the key with its Chinese meaning, and the
nearest valid name for a typo; the same words as a project file's and a layout's faults."""

from __future__ import annotations

import pickle
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from perfdocs.errors import LayoutInvalid, SettingsError, SettingsInvalid, ValidationFailed
from perfdocs.files.formats import OUTPUT_FORMATS
from perfdocs.layouts.layout import read_layout
from perfdocs.layouts.workspace import settings_text
from perfdocs.loading.project import load_project
from perfdocs.loading.settings import Settings, UnitInfo, load_settings
from perfdocs.render import FORMATS
from tests.conftest import ROOT, SMALL_PROJECT, invoke


def _faults(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "perfdocs.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsInvalid) as caught:
        load_settings(path)
    prefix = f"{path}:"
    lines = [d.format() for d in caught.value.all_diagnostics()]
    assert all(line.startswith(prefix) for line in lines), lines
    return [line.removeprefix(prefix) for line in lines]


def test_every_fault_of_the_file_at_once_in_file_order(tmp_path: Path) -> None:
    text = ('[render]\nformat = ["pdf"]\nfooter = "yes"\nformats = ["pdff", "xlsx"]\n'
            '[input]\nunit = "美元"\n[packet]\nvolume_size = "2"\n[rendr]\nx = 1\n')
    assert _faults(tmp_path, text) == [
        "2: 错误 render.format: 未知的键「format」，是不是「formats」？",
        "3: 错误 render.footer（PDF 页码）: 应为 true 或 false",
        "4: 错误 render.formats[1]: 只能取 xlsx、docx、pdf、html，不是「pdff」，是不是「pdf」？",
        '6: 错误 input.unit（金额单位）: 应为 "元" 或 "万元"，不是 "美元"',
        "8: 错误 packet.volume_size（合订 PDF 每册项目数）: 应为整数，如 200",
        "9: 错误 rendr: 未知的键「rendr」，是不是「render」？",
    ]


def test_types_are_named_with_an_example_of_the_key(tmp_path: Path) -> None:
    text = ('render = { layout = 3, formats = "pdf", document_date = "2025-01-15" }\n'
            '[fonts]\npdf = "a.ttf"\n[unit]\nname = 3\n')
    assert _faults(tmp_path, text) == [
        '1: 错误 render.layout（默认版式）: 应为用引号写的文字，如 "shanghai-2024"',
        '1: 错误 render.formats（输出格式）: 应为列表，如 ["xlsx", "pdf"]',
        "1: 错误 render.document_date（文件上写的日期）: 应写成日期（不加引号），如 2025-01-15",
        '3: 错误 fonts.pdf（PDF 字体）: 应为列表，如 ["fonts/simsun.ttc"]',
        '5: 错误 unit.name（单位名称）: 应为用引号写的文字，如 "某某中心"',
    ]


def test_a_section_that_is_not_a_table_and_an_unknown_one_far_from_any(tmp_path: Path) -> None:
    assert _faults(tmp_path, 'render = 3\n[zzz]\n') == [
        "1: 错误 render（生成）: 应为表（[…] 一节或 { … }）",
        "2: 错误 zzz: 未知的键「zzz」；此处可用的键：render、input、fonts、layouts、packet、unit",
    ]


def test_no_formats_at_all_is_refused(tmp_path: Path) -> None:
    assert _faults(tmp_path, "[render]\nformats = []\n") == [
        "2: 错误 render.formats（输出格式）: 至少要有 1 项"]


def test_the_command_line_prints_every_fault_and_exits_2(tmp_path: Path) -> None:
    config = tmp_path / "perfdocs.toml"
    config.write_text('[render]\nrevison = true\n[packet]\nsingle = "no"\n', encoding="utf-8")
    (tmp_path / "p.yaml").write_text(SMALL_PROJECT, encoding="utf-8")
    code, out = invoke("--config", str(config), "validate", str(tmp_path / "p.yaml"))
    assert code == 2
    assert out.splitlines() == [
        f"{config}:2: 错误 render.revison: 未知的键「revison」，是不是「revision」？",
        f"{config}:4: 错误 packet.single（合成一个材料包）: 应为 true 或 false",
    ]


def test_every_key_read_and_paths_taken_from_the_file_folder(tmp_path: Path) -> None:
    path = tmp_path / "perfdocs.toml"
    path.write_text('[render]\nlayout = "shanghai-2021"\nformats = ["html", "pdf"]\n'
                    'out = "送审"\nname = "{{ project }}"\ndocument_date = 2025-01-15T08:00:00Z\n'
                    'footer = false\nrevision = true\n[input]\nunit = "万元"\n'
                    '[fonts]\npdf = ["f/simsun.ttc#1"]\n[layouts]\npaths = ["/abs/版式"]\n'
                    '[packet]\nname = "材料"\nforms = "表"\nsingle = true\nvolume_size = 50\n'
                    '[unit]\nname = "  某中心 "\nphone = "021"\n', encoding="utf-8")
    settings = load_settings(path)
    assert settings == Settings(
        layout="shanghai-2021", formats=("html", "pdf"), out=tmp_path / "送审",
        name="{{ project }}", document_date=datetime(2025, 1, 15, 8),
        filing_date=datetime(2025, 1, 15).date(), input_unit="万元",
        pdf_fonts=(f"{tmp_path / 'f' / 'simsun.ttc'}#1",), pdf_footer=False,
        print_revision=True, layout_paths=("/abs/版式", str(tmp_path / "templates")), packet_name="材料", packet_forms="表",
        packet_single=True, packet_volume_size=50, unit=UnitInfo(name="某中心", phone="021"),
        file=path)


def test_the_file_init_writes_holds_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "perfdocs.toml"
    path.write_text(settings_text(UnitInfo()), encoding="utf-8")
    loaded = load_settings(path)
    # the workspace's templates/ is searched from any of its folders
    assert loaded == Settings(out=tmp_path / "output", file=path,
                              layout_paths=(str(tmp_path / "templates"),))


def test_formats_are_the_renderers(tmp_path: Path) -> None:
    """perfdocs.toml accepts exactly the formats the renderer registry renders."""
    assert tuple(FORMATS) == OUTPUT_FORMATS
    for name in OUTPUT_FORMATS:
        (tmp_path / "perfdocs.toml").write_text(f'[render]\nformats = ["{name}"]\n',
                                                encoding="utf-8")
        assert load_settings(tmp_path / "perfdocs.toml").formats == (name,)


def test_formats_are_read_as_the_command_line_reads_them(tmp_path: Path) -> None:
    """``-f PDF`` has always worked; perfdocs.toml's ``formats = ["PDF"]`` means the same."""
    path = tmp_path / "perfdocs.toml"
    path.write_text('[render]\nformats = ["PDF", " Xlsx ", "pdf"]\n', encoding="utf-8")
    assert load_settings(path).formats == ("pdf", "xlsx")  # twice is once, as -f pdf,PDF


def test_the_error_travels_to_worker_processes_whole(tmp_path: Path) -> None:
    path = tmp_path / "perfdocs.toml"
    path.write_text("[render]\nfooter = 1\nlayout = 2\n", encoding="utf-8")
    with pytest.raises(SettingsInvalid) as caught:
        load_settings(path)
    copy = pickle.loads(pickle.dumps(caught.value))
    assert isinstance(copy, SettingsError)
    assert copy.report_lines() == caught.value.report_lines()
    assert len(copy.report_lines()) == 2


def test_one_translator_says_an_unknown_key_the_same_way_in_every_file(
        tmp_path: Path) -> None:
    """A project file, a layout.toml and perfdocs.toml: the same words for a misspelt key,
    each with the file, the line and the nearest valid key."""
    project = tmp_path / "p.yaml"
    project.write_text(SMALL_PROJECT.replace("项目名称:", "项目明称:"), encoding="utf-8")
    with pytest.raises(ValidationFailed) as failed:
        load_project(project)
    typo = next(d for d in failed.value.diagnostics if d.field == "项目明称")
    assert typo.message == "未知的键「项目明称」，是不是「项目名称」？" and typo.line

    folder = tmp_path / "lay" / "typo"
    shutil.copytree(ROOT / "templates" / "shanghai-2024", folder)
    toml = folder / "layout.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text.replace("grade_row = ", "grade_rows = ", 1), encoding="utf-8")
    with pytest.raises(LayoutInvalid) as broken:
        read_layout(folder)
    (fault,) = broken.value.diagnostics
    assert fault.message == "未知的键「grade_rows」，是不是「grade_row」？"
    assert fault.file == str(toml.resolve())
    assert toml.read_text(encoding="utf-8").splitlines()[fault.line - 1].startswith("grade_rows")

    assert _faults(tmp_path, "[packet]\nvolume = 3\n") == [
        "2: 错误 packet.volume: 未知的键「volume」，是不是「volume_size」？"]


def test_a_key_of_another_section_asks_for_the_missing_header(tmp_path: Path) -> None:
    """In TOML a key belongs to the last header above it: a key written under the wrong one
    names the section it belongs in."""
    assert _faults(tmp_path, '[render]\nlayout = "shanghai-2024"\npdf = ["a.ttf"]\n') == [
        "3: 错误 render.pdf: 未知的键「pdf」：「pdf」是 [fonts] 一节中的键，"
        "是不是少写了这一节的标题行？"]


def test_a_layout_key_under_the_wrong_header_names_its_tables(tmp_path: Path) -> None:
    folder = tmp_path / "x"
    shutil.copytree(ROOT / "templates" / "shanghai-2024", folder)
    toml = folder / "layout.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + '\n[[forms."自评表".extra_columns]]\n'
                    'field = "备注"\nscore = { places = 2 }\n', encoding="utf-8")
    with pytest.raises(LayoutInvalid) as broken:
        read_layout(folder)
    (fault,) = broken.value.diagnostics
    assert fault.field == "forms.自评表.extra_columns[1].score"
    assert fault.line == len(toml.read_text(encoding="utf-8").splitlines())
    assert fault.message == (
        "未知的键「score」：「score」是 [forms.\"自评表\".rounding] 或 [forms.\"自评表\".display] 或 "
        "[[forms.\"自评表\".scoring.execution_steps]] 一节中的键，是不是少写了这一节的标题行？")


@pytest.mark.parametrize("typed", ["2026-03-01", "2026年3月1日", "２０２６年３月１日", "2026/3/1",
                                   "2026.03.01", " 2026 年 3 月 1 日 "])
def test_a_date_option_reads_as_a_project_files_dates(typed: str) -> None:
    """``--date 2026年3月1日`` is the date the cover prints; it was refused."""
    from datetime import date

    from perfdocs.loading.settings import parse_day

    assert parse_day(typed) == date(2026, 3, 1)


@pytest.mark.parametrize("typed", ["2026-13-01", "2026年3月", "三月一日", "2026-3-1x",
                                   "1979-12-31"])
def test_a_date_option_that_is_no_date_is_refused_in_chinese(typed: str) -> None:
    from perfdocs.loading.settings import parse_day

    with pytest.raises(ValueError, match=f"日期「{typed}」"):
        parse_day(typed)


def test_a_date_that_does_not_exist_says_so() -> None:
    from perfdocs.loading.settings import parse_day

    with pytest.raises(ValueError, match="2026 年 2 月没有 30 日"):
        parse_day("2026年2月30日")
    with pytest.raises(ValueError, match="没有 13 月"):
        parse_day("2026-13-01")
