"""The workbench's pages and calls agree with the CLI, save safely, and build what the CLI
builds (HTTP level; the browser test drives the same calls through the page)."""

from __future__ import annotations

import copy
import io
import json
import re
import time
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.serve_support import bundled, copy_projects, make_bench

pytest.importorskip("starlette")

PROJECT = "2024/技能评价业务经费.yaml"


@pytest.fixture
def bench(tmp_path: Path):
    return make_bench(copy_projects(tmp_path / "projects"))


def _cli(root: Path, monkeypatch, *args: str):
    from perfdocs.cli import main

    monkeypatch.chdir(root)
    return CliRunner().invoke(main, list(args))


def _indicators(tree: dict) -> list[dict]:
    return [item for groups in tree["自评"]["绩效指标"].values()
            for items in groups.values() for item in items]


def test_the_list_shows_what_perfdocs_status_prints(bench, monkeypatch) -> None:
    names = bundled()
    cli = _cli(bench.root, monkeypatch, "status", "--json", *names)
    printed = {row["文件"]: row for row in json.loads(cli.stdout)}
    page = {row["name"]: row for row in bench.client.get("/api/projects").json()["projects"]}
    assert sorted(page) == names
    for name in names:
        want, got = printed[name], page[name]
        assert got["errors"] == want["错误"] and got["warnings"] == want["警告"], name
        assert got["declaration"] == want["申报"] and got["evaluation"] == want["自评"]
        assert (got["total"] or None) == want["总分"] and (got["grade"] or None) == want["评分等级"]
        # the 自评表's own text (85.45%), which `perfdocs status` prints as 执行率 + "%"
        assert (got["rate"] or None) == (f"{want['执行率']}%" if want["执行率"] else None)
        assert got["messages"] == want["问题"]
    html = bench.client.get("/").text
    for name in names:
        assert f'data-path="{name}"' in html
    assert "92.85" in html and "优" in html


def test_filters_by_year_and_unit(bench) -> None:
    page = bench.client.get("/", params={"year": "2021"}).text
    assert 'data-path="2021/' in page and 'data-path="2024/' not in page
    unit = "上海市职业技能鉴定中心"
    page = bench.client.get("/", params={"unit": unit}).text
    assert 'data-path="2024/技能评价业务经费.yaml"' in page
    assert 'data-path="2020/' not in page


@pytest.mark.parametrize("name", bundled())
def test_the_editor_gives_validates_messages_and_the_forms_figures(bench, monkeypatch,
                                                                   name) -> None:
    """Every bundled project: the page's messages are ``perfdocs validate``'s lines, and its
    总分 / 评分等级 / 执行率 are the ones ``perfdocs status`` reports."""
    state = bench.open(name)
    check = bench.post("/api/check", {"path": name, "hash": state["hash"],
                                      "tree": state["tree"]}).json()
    validate = _cli(bench.root, monkeypatch, "validate", name)
    printed = [line for line in validate.stderr.splitlines() if line.startswith(name)]
    assert [m["text"] for m in check["messages"]] == printed
    assert [m["text"] for m in state["messages"]] == printed
    status = json.loads(_cli(bench.root, monkeypatch, "status", "--json", name).stdout)[0]
    figures = check["figures"]
    if status["总分"] is None:
        assert not figures.get("total")
    else:
        assert Decimal(figures["total"].rstrip("%")) == Decimal(status["总分"])
        assert figures["grade"] == status["评分等级"]
        assert Decimal(figures["rate"].rstrip("%")) == Decimal(status["执行率"])


def test_a_changed_score_moves_the_total_and_a_lost_point_asks_for_its_reason(bench) -> None:
    state = bench.open(PROJECT)
    tree = copy.deepcopy(state["tree"])
    first = _indicators(tree)[0]
    before = Decimal(state["figures"]["total"])
    first["得分"] = str(Decimal(str(first["分值"])) - 1)
    answer = bench.post("/api/check", {"path": PROJECT, "hash": state["hash"], "tree": tree})
    data = answer.json()
    assert Decimal(data["figures"]["total"]) == before - 1
    missing = [m for m in data["messages"] if "偏差原因" in m["message"]]
    assert missing and missing[0]["severity"] == "error"
    assert missing[0]["field"].startswith("自评.绩效指标.产出指标.数量指标[1]")
    assert (bench.root / PROJECT).read_text(encoding="utf-8").count("得分") > 0  # unsaved


def test_saving_changes_only_what_was_edited(bench) -> None:
    path = bench.root / PROJECT
    original = path.read_text(encoding="utf-8")
    state = bench.open(PROJECT)
    tree = copy.deepcopy(state["tree"])
    first = _indicators(tree)[0]
    first["得分"] = "1.5"
    first["偏差原因分析及改进措施"] = "培训场次受场地影响：下年提前预订场地。"
    saved = bench.post("/api/save", {"path": PROJECT, "hash": state["hash"], "tree": tree})
    assert saved.status_code == 200, saved.text
    text = path.read_text(encoding="utf-8")
    import difflib

    def squeezed(lines: str) -> list[str]:  # the emitter may re-space a flow mapping
        return [" ".join(line.split()) for line in lines.splitlines()]

    changed = [line for line in difflib.unified_diff(squeezed(original), squeezed(text),
                                                     lineterm="", n=0)
               if line[:1] in "+-" and line[:3] not in ("+++", "---")]
    assert changed == ["-得分: 2", "+得分: 1.5",
                       "+偏差原因分析及改进措施: 培训场次受场地影响：下年提前预订场地。"]
    assert "          得分: 1.5\n" in text  # in its place, at its indentation
    assert all(c in text for c in [line for line in original.splitlines()
                                   if line.lstrip().startswith("#")])
    assert saved.json()["hash"] != state["hash"]
    again = bench.open(PROJECT)
    assert _indicators(again["tree"])[0]["得分"] == "1.5"


def test_an_unchanged_draft_leaves_the_file_alone(bench) -> None:
    path = bench.root / PROJECT
    before = path.read_bytes()
    stamp = path.stat().st_mtime_ns
    state = bench.open(PROJECT)
    saved = bench.post("/api/save", {"path": PROJECT, "hash": state["hash"],
                                     "tree": state["tree"]})
    assert saved.status_code == 200
    assert path.read_bytes() == before and path.stat().st_mtime_ns == stamp


def test_a_file_changed_on_disk_is_not_overwritten_silently(bench) -> None:
    path = bench.root / PROJECT
    state = bench.open(PROJECT)
    theirs = path.read_text(encoding="utf-8").replace("顺利完成", "基本完成", 1)
    path.write_text(theirs, encoding="utf-8")
    tree = copy.deepcopy(state["tree"])
    tree["项目名称"] = "技能评价业务经费（页面）"
    answer = bench.post("/api/save", {"path": PROJECT, "hash": state["hash"], "tree": tree})
    assert answer.status_code == 409
    diff = answer.json()["diff"]
    assert "磁盘上的版本" in diff and "+项目名称: 技能评价业务经费（页面）" in diff
    assert "-" in diff and "基本完成" in diff
    assert path.read_text(encoding="utf-8") == theirs
    forced = bench.post("/api/save", {"path": PROJECT, "hash": state["hash"], "tree": tree,
                                      "force": True})
    assert forced.status_code == 200
    text = path.read_text(encoding="utf-8")
    assert "项目名称: 技能评价业务经费（页面）" in text and "基本完成" not in text


def test_new_project_then_evaluate_init(bench, monkeypatch) -> None:
    created = bench.post("/api/new", {"name": "公共实训基地运维", "department": "上海市人力资源和社会保障局",
                                      "unit": "上海市职业技能鉴定中心", "year": "2025",
                                      "file": "2025/公共实训基地运维.yaml"})
    assert created.status_code == 200, created.text
    name = created.json()["path"]
    assert name == "2025/公共实训基地运维.yaml"
    from perfdocs.cli.scaffold import layout_examples, skeleton
    from perfdocs.loading.schema import with_schema_comment
    from perfdocs.loading.settings import Settings

    settings = Settings()  # the bench's: the default layout's examples, as `perfdocs new`
    assert (bench.root / name).read_text(encoding="utf-8") == with_schema_comment(skeleton(
        "公共实训基地运维", "上海市人力资源和社会保障局", "上海市职业技能鉴定中心", 2025,
        money_unit="元", layout="shanghai-2024",
        field_examples=layout_examples(settings.layout, settings)), bench.root / name)
    written = (bench.root / name).read_text(encoding="utf-8")
    assert settings.layout == "shanghai-2024" and "项目性质: 经常性专项业务费  # 如" in written
    again = bench.post("/api/new", {"name": "公共实训基地运维", "department": "d", "unit": "u",
                                    "year": "2025", "file": name})
    assert again.status_code == 422 and "已存在" in again.json()["error"]
    added = bench.post("/api/evaluate-init", {"path": name})
    assert added.status_code == 200 and added.json()["count"] == 5
    text = (bench.root / name).read_text(encoding="utf-8")
    assert "\n自评:\n" in text
    twice = bench.post("/api/evaluate-init", {"path": name})
    assert twice.status_code == 422 and "已有「自评」部分" in twice.json()["error"]
    bad_year = bench.post("/api/new", {"name": "x", "department": "d", "unit": "u",
                                       "year": "二〇二五", "file": "y.yaml"})
    assert bad_year.status_code == 400 and "年度" in bad_year.json()["error"]


@pytest.mark.parametrize("name", ["national-2020/社区居家养老服务补助.yaml",
                                  "hebei-2019/", PROJECT])
def test_the_list_and_the_editor_print_as_the_form(bench, name: str) -> None:
    """tester11 F6: the list's 执行率 is the 自评表's text (85.45%, hebei-2019's whole
    percent), not a bare 85.45; the editor's 其中 rows print under 得分 what the form
    prints there (「—」 on the national form), not a hyphen of the page's own."""
    if name.endswith("/"):
        name = next(n for n in bundled() if n.startswith(name))
    row = next(r for r in bench.client.get("/api/projects").json()["projects"]
               if r["name"] == name)
    form = bench.client.get("/file", params={"path": name, "form": "自评表", "format": "html",
                                             "inline": "1"})
    assert form.status_code == 200
    cells = [" ".join(re.sub(r"<[^>]+>", " ", c).split())
             for c in re.findall(r"<td[^>]*>(.*?)</td>", form.text, re.S)]
    # as the form prints it; shanghai-2024 prints the figure under 「执行率(%)」
    assert row["rate"] in cells or row["rate"].removesuffix("%") in cells, (row["rate"], name)
    assert row["rate"].endswith("%"), row["rate"]
    assert f'<td class="num">{row["rate"]}</td>' in bench.client.get("/").text
    first = next(i for i, c in enumerate(cells) if c.startswith("其中"))
    sub_score = cells[first + 6]  # 其中 row: label, 3 amounts, 分值, 执行率, 得分
    page = bench.client.get("/edit", params={"path": name}).text
    found = re.findall(r'<th>其中：.*?</th>.*?<td class="computed"><output data-fund=[^>]*>'
                       r'</output></td>\s*<td class="computed">([^<]*)</td>', page, re.S)
    assert found and set(found) == {sub_score}, (found, sub_score)


@pytest.mark.parametrize("layout", ["national-2020", "hebei-2019"])
def test_new_project_is_the_file_perfdocs_new_writes(tmp_path: Path, monkeypatch,
                                                     layout: str) -> None:
    """tester11 F11: the same name and year through 新建项目 and `perfdocs new` in folders
    made alike (a layout printing 万元, [unit] filled in) give the same bytes: the 版式 line,
    金额单位 万元, 主管部门/实施单位 from [unit] (the dialog starts with them filled in)."""
    from perfdocs.loading.settings import load_settings
    from tests.conftest import invoke

    for side in ("cli", "page"):
        code, output = invoke("init", str(tmp_path / side), "--unit-name", "某市民政局救助站",
                              "--department", "某市民政局", "--layout", layout)
        assert code == 0, output
    monkeypatch.chdir(tmp_path / "cli")
    code, output = invoke("new", "--year", "2025", "--name", "城乡低保资金管理")
    assert code == 0, output
    by_cli = (tmp_path / "cli" / "2025" / "城乡低保资金管理.yaml").read_text(encoding="utf-8")
    assert f"\n版式: {layout}  #" in by_cli and "\n金额单位: 万元  #" in by_cli
    # hebei-2019 prints a 自评表 only: a 自评 part, no 申报 (tester15 F1)
    assert ("\n申报:" in by_cli) == (layout == "national-2020") != ("\n自评:" in by_cli)
    bench = make_bench(tmp_path / "page",
                       settings=load_settings(tmp_path / "page" / "perfdocs.toml"))
    dialog = bench.client.get("/").text.split('id="new-dialog"')[1]
    filled = dict(re.findall(r'<input name="(department|unit)"[^>]*value="([^"]*)"', dialog))
    assert filled == {"department": "某市民政局", "unit": "某市民政局救助站"}
    created = bench.post("/api/new", {"name": "城乡低保资金管理", **filled, "year": "2025",
                                      "file": "2025/城乡低保资金管理.yaml"})
    assert created.status_code == 200, created.text
    by_page = (tmp_path / "page" / "2025" / "城乡低保资金管理.yaml").read_text(encoding="utf-8")
    assert by_page == by_cli


def test_downloads_are_the_forms_in_each_format(bench) -> None:
    for fmt, magic in (("xlsx", b"PK"), ("docx", b"PK"), ("pdf", b"%PDF")):
        answer = bench.client.get("/file", params={"path": PROJECT, "form": "自评表",
                                                   "format": fmt})
        assert answer.status_code == 200, answer.text
        assert answer.content.startswith(magic)
        assert "attachment" in answer.headers["content-disposition"]
        assert f".{fmt}" in answer.headers["content-disposition"]
    workbook = bench.client.get("/file", params={"path": PROJECT, "form": "自评表",
                                                 "format": "xlsx"}).content
    import openpyxl

    sheet = openpyxl.load_workbook(io.BytesIO(workbook)).active
    values = [c.value for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "技能评价业务工作经费" in values
    refused = bench.client.get("/file", params={"path": PROJECT, "form": "自评表",
                                                "format": "exe"})
    assert refused.status_code == 400


def test_preview_shows_the_chosen_form_in_the_page(bench) -> None:
    """The HTML form when the HTML renderer is installed, else the PDF, inline."""
    from perfdocs.serve.workbench import output_formats

    shown = "html" if "html" in output_formats() else "pdf"
    page = bench.client.get("/preview", params={"path": PROJECT, "form": "申报表"})
    assert page.status_code == 200
    assert "申报表" in page.text and f"format={shown}" in page.text and "inline=1" in page.text
    inline = bench.client.get("/file", params={"path": PROJECT, "form": "申报表",
                                               "format": shown, "inline": "1"})
    assert inline.status_code == 200
    assert inline.headers["content-disposition"].startswith("inline")
    if shown == "html":
        assert "技能评价业务经费" in inline.text
        policy = inline.headers["content-security-policy"]
        assert "default-src 'none'" in policy and "script" not in policy
    else:
        assert inline.content.startswith(b"%PDF")
    for fmt in ("docx", "xlsx"):  # downloads only
        assert bench.client.get("/file", params={"path": PROJECT, "form": "申报表", "format": fmt,
                                                 "inline": "1"}).headers[
            "content-disposition"].startswith("attachment")


def test_preview_heading_names_the_project_as_the_form_does(bench) -> None:
    """The 自评表 prints 自评.项目名称 (技能评价业务工作经费): its page says so too."""
    page = bench.client.get("/preview", params={"path": PROJECT, "form": "自评表"})
    assert page.status_code == 200
    assert "<h1>技能评价业务工作经费 · 自评表</h1>" in page.text, page.text[:2000]
    page = bench.client.get("/preview", params={"path": PROJECT, "form": "申报表"})
    assert "<h1>技能评价业务经费 · 申报表</h1>" in page.text


def test_a_file_with_errors_is_not_previewed_but_explained(bench) -> None:
    path = bench.root / PROJECT
    path.write_text(path.read_text(encoding="utf-8").replace("年度: 2024", "年度: 两千"),
                    encoding="utf-8")
    page = bench.client.get("/preview", params={"path": PROJECT})
    assert page.status_code == 422
    assert "年度" in page.text and "Traceback" not in page.text
    # the file named as the list names it, not by its full path
    assert f"\n{PROJECT}:" in page.text or f">{PROJECT}:" in page.text
    assert f"{bench.root}/{PROJECT}" not in page.text


def _wait(bench, job: dict) -> dict:
    deadline = time.monotonic() + 180
    while job["state"] == "running" and time.monotonic() < deadline:
        time.sleep(0.2)
        job = bench.client.get(f"/api/jobs/{job['id']}").json()
    return job


def test_a_packet_per_stage_with_progress(bench) -> None:
    names = ["2024/技能评价业务经费.yaml", "2024/职业培训基础能力建设资助.yaml"]
    started = bench.post("/api/packet", {"stage": "申报", "paths": names})
    assert started.status_code == 200, started.text
    job = _wait(bench, started.json())
    assert job["state"] == "done", job
    assert job["done"] == job["total"] == 2
    assert len(job["packets"]) == 1 and job["packets"][0]["zip"]
    answer = bench.client.get(job["packets"][0]["zip"])
    assert answer.status_code == 200
    members = zipfile.ZipFile(io.BytesIO(answer.content)).namelist()
    assert any("申报表" in m for m in members)
    assert not any("自评表" in m for m in members)
    assert (bench.root / "output").is_dir()


def test_a_packet_with_a_broken_file_says_why(bench) -> None:
    path = bench.root / PROJECT
    path.write_text(path.read_text(encoding="utf-8").replace("年度: 2024", "年度: 两千"),
                    encoding="utf-8")
    job = _wait(bench, bench.post("/api/packet", {"stage": "自评", "paths": [PROJECT]}).json())
    assert job["state"] == "failed"
    assert any("年度" in m for m in job["messages"])
    assert bench.post("/api/packet", {"stage": "终评", "paths": [PROJECT]}).status_code == 400


ODD_FILES = {
    "syntax.yaml": "年度: 2024\n项目名称: [未闭合\n",
    "list.yaml": "- 年度: 2024\n",
    "scalar-tree.yaml": "年度: 2024\n项目名称: x\n主管部门: y\n实施单位: z\n自评:\n  绩效指标: 很多\n",
    "list-tree.yaml": "年度: 2024\n项目名称: x\n主管部门: y\n实施单位: z\n申报:\n  绩效指标:\n"
                      "    - 三级指标: a\n",
    "null-part.yaml": "年度: 2024\n项目名称: x\n主管部门: y\n实施单位: z\n自评:\n",
    "nested-odd.yaml": "年度: 2024\n项目名称: {a: b}\n主管部门: [1, 2]\n实施单位: z\n",
}


@pytest.mark.parametrize("name", [*sorted(ODD_FILES), "hostile"])
def test_odd_and_hostile_files_open_and_check_without_an_internal_error(bench, name) -> None:
    """What a preparer's editor (or the hostile catalogue) can leave in a file: the page
    explains it, never answers 500."""
    if name == "hostile":
        hostile = Path(__file__).resolve().parent / "hostile"
        names = []
        for path in sorted(hostile.glob("*.yaml")):
            (bench.root / path.name).write_bytes(path.read_bytes())
            names.append(path.name)
    else:
        (bench.root / name).write_text(ODD_FILES[name], encoding="utf-8")
        names = [name]
    assert bench.client.get("/").status_code == 200
    for each in names:
        page = bench.client.get("/edit", params={"path": each})
        assert page.status_code in (200, 400), (each, page.text[:300])
        assert "Traceback" not in page.text
        if page.status_code == 200 and 'id="state"' in page.text:
            state = bench.open(each)
            answer = bench.post("/api/check", {"path": each, "hash": state["hash"],
                                               "tree": state["tree"]})
            assert answer.status_code == 200, (each, answer.text)


def test_saving_keeps_the_files_encoding_bom_and_line_breaks(bench) -> None:
    hostile = Path(__file__).resolve().parent / "hostile" / "bom_crlf.yaml"
    (bench.root / "bom.yaml").write_bytes(hostile.read_bytes())
    state = bench.open("bom.yaml")
    tree = copy.deepcopy(state["tree"])
    tree["项目名称"] = "改过的名称"
    saved = bench.post("/api/save", {"path": "bom.yaml", "hash": state["hash"], "tree": tree})
    assert saved.status_code == 200, saved.text
    raw = (bench.root / "bom.yaml").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    assert "项目名称: 改过的名称" in raw.decode("utf-8-sig")


def test_two_saves_from_the_same_version_cannot_both_win(bench) -> None:
    """Two tabs opened on one version save at once: one is written, the other is told."""
    from concurrent.futures import ThreadPoolExecutor

    state = bench.open(PROJECT)
    drafts = []
    for title in ("第一个标签页", "第二个标签页"):
        tree = copy.deepcopy(state["tree"])
        tree["项目名称"] = title
        drafts.append(tree)
    with ThreadPoolExecutor(2) as pool:
        answers = list(pool.map(lambda tree: bench.post(
            "/api/save", {"path": PROJECT, "hash": state["hash"], "tree": tree}), drafts))
    assert sorted(a.status_code for a in answers) == [200, 409]
    text = (bench.root / PROJECT).read_text(encoding="utf-8")
    winner = drafts[[a.status_code for a in answers].index(200)]["项目名称"]
    assert f"项目名称: {winner}" in text


def test_spare_indicator_columns_are_folded_unless_the_file_uses_them(bench) -> None:
    page = bench.client.get("/edit", params={"path": PROJECT}).text
    assert "显示更多栏（备注、其他栏）" in page  # this file words one indicator anew
    assert 'class="col-text spare" data-col="备注"' in page
    assert 'data-col="申报名称"' in page and 'class="col-text spare" data-col="申报名称"' not in page
    other = bench.client.get("/edit", params={"path": "2024/第48届世赛筹办场地经理跟岗学习经费.yaml"}).text
    assert "显示更多栏（申报名称、备注、其他栏）" in other
    assert 'class="col-text spare" data-col="申报名称"' in other


def test_a_copied_project_with_the_same_name_is_a_conflict_in_the_list(bench) -> None:
    """As perfdocs status: two files naming the same forms are both 冲突, the later refused."""
    original = bench.root / PROJECT
    (original.parent / "技能评价业务经费-副本.yaml").write_bytes(original.read_bytes())
    page = {row["name"]: row for row in bench.client.get("/api/projects").json()["projects"]}
    pair = [page[PROJECT], page["2024/技能评价业务经费-副本.yaml"]]
    assert {row["forms"] for row in pair} == {"冲突"}
    assert sorted(row["errors"] for row in pair) == [0, 1]
    refused = next(row for row in pair if row["errors"])
    assert any("两个项目的项目名称和实施单位相同" in m for m in refused["messages"])
    others = [row for name, row in page.items() if row not in pair]
    assert others and all(row["forms"] != "冲突" for row in others)


def test_the_list_is_in_the_order_the_command_line_binds(bench) -> None:
    """Numbered files as Explorer and `perfdocs packet 2025/*.yaml` order them (1, 2, 10):
    the list's packet button binds them in the list's order, which was 1, 10, 2."""
    from tests.conftest import SMALL_PROJECT

    folder = bench.root / "排序"
    folder.mkdir()
    for number in (1, 10, 2):
        text = SMALL_PROJECT.replace("项目名称: 测试项目", f"项目名称: 项目{number}")
        (folder / f"{number}-项目.yaml").write_text(text, encoding="utf-8")
    names = [row["name"] for row in bench.client.get("/api/projects").json()["projects"]]
    assert [n for n in names if n.startswith("排序/")] == [
        "排序/1-项目.yaml", "排序/2-项目.yaml", "排序/10-项目.yaml"]


def test_a_revision_saved_as_text_by_the_old_workbench_is_offered_in_its_boxes(bench) -> None:
    """tester8 #1: files the workbench once spoiled (修订 saved as a quoted JSON text) open
    with their entry in the 修订 boxes and a note; validate's message says what 修订
    should be (one entry or a list), not only 「应为列表」; what the page sends once a box
    is changed saves a file validate accepts."""
    path = bench.root / PROJECT
    spoiled = ('修订: \'{"版本": "2", "日期": "2025-03-01", "阶段": "自评", '
               '"原因": "按评审意见更正"}\'\n')
    text = path.read_text(encoding="utf-8").replace("金额单位: 万元\n",
                                                    "金额单位: 万元\n" + spoiled, 1)
    path.write_text(text, encoding="utf-8")
    page = bench.client.get("/edit", params={"path": PROJECT}).text
    assert 'data-records="修订"' in page and 'data-shape="other"' in page
    assert "写成了一段文字" in page
    assert 'data-key="原因" value="按评审意见更正"' in page
    state = bench.open(PROJECT)
    said = [m for m in state["messages"] if m["field"] == "修订"]
    assert [m["severity"] for m in said] == ["error"]
    assert "应为一条修订，如 {版本: 2, 日期: 2025-03-01" in said[0]["message"]
    assert "应为列表" not in said[0]["message"]

    tree = copy.deepcopy(state["tree"])
    tree["修订"] = {"版本": "2", "日期": "2025-03-01", "阶段": "自评", "原因": "按评审意见更正"}
    saved = bench.post("/api/save", {"path": PROJECT, "hash": state["hash"], "tree": tree})
    assert saved.status_code == 200, saved.text
    assert not [m for m in saved.json()["messages"] if m["severity"] == "error"]
    lines = path.read_text(encoding="utf-8").splitlines()
    at = lines.index("修订:")
    assert lines[at:at + 5] == ["修订:", "  版本: 2", "  日期: 2025-03-01", "  阶段: 自评",
                                "  原因: 按评审意见更正"]


def test_revision_boxes_follow_the_model() -> None:
    """修订's boxes are the model's members, in its order, with the inputs they need."""
    from perfdocs.serve.fields import editor_layout, records

    node = next(n for n in editor_layout() if n.key == "修订")
    assert node.input == "records"
    assert [(c.key, c.input) for c in node.children] == [
        ("版本", "int"), ("日期", "date"), ("阶段", "choice"), ("原因", "line")]
    assert node.children[2].choices == ("申报", "自评")
    one = records({"版本": "2", "日期": "2025-03-01", "原因": "更正"})
    assert (one.shape, one.rows) == ("one", [{"版本": "2", "日期": "2025-03-01", "原因": "更正"}])
    many = records([{"版本": "2"}, {"版本": "3"}])
    assert (many.shape, len(many.rows)) == ("many", 2)
    assert records(None).shape == "none"
    odd = records("随便写的")
    assert (odd.shape, odd.rows, odd.written) == ("other", [], "随便写的")


@pytest.mark.parametrize(("name", "rates"), [
    # national-2020: 其他资金 0 ÷ 0 prints 「—」 (display.zero_budget_rate)
    ("national-2020/社区居家养老服务补助.yaml",
     {"年度资金总额": "94.30%", "当年财政拨款": "94.51%", "上年结转资金": "91.25%",
      "其他资金": "—"}),
    # shanghai-2021: the 其中 rows print no 执行率 (display.sub_row_rate = false)
    ("2021/高技能人才工作专项.yaml", {"年度资金总额": "RATE", "当年财政拨款": "",
                                 "上年结转资金": "", "其他资金": ""}),
])
def test_funds_rates_are_what_the_form_prints(bench, name, rates) -> None:
    """tester8 #15: the edit page showed 0.00% where the form prints 「—」; it shows the
    form's own presentation of each row's 执行率 (forms.selfeval.builder.row_rate)."""
    figures = bench.open(name)["figures"]
    funds = figures["funds"]
    rates = {row: figures["rate"] if rate == "RATE" else rate for row, rate in rates.items()}
    assert figures["rate"]
    assert funds == {f"自评.项目资金.{row}": rate for row, rate in rates.items()}


def _quoted(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="")


def test_a_declaration_with_an_unfinished_evaluation_previews_its_declaration(
        bench, monkeypatch, tmp_path) -> None:
    """tester9 N10: after evaluate-init the 自评 part is blank boxes; render --form 申报表
    makes the 申报表 (engine/parts.one_part), the workbench refused to preview anything.
    Now it previews and downloads the 申报表, says the 自评表 waits, refuses the 自评表."""
    name = "2024/半程.yaml"
    text = (bench.root / PROJECT).read_text(encoding="utf-8")
    (bench.root / name).write_text(text[:text.index("\n自评:\n") + 1], encoding="utf-8")
    assert bench.post("/api/evaluate-init", {"path": name}).status_code == 200

    listed = bench.client.get("/").text
    row = listed[listed.index(f'data-path="{name}"'):]
    row = row[:row.index("</tr>")]
    assert "未填完" in row and f'href="/preview?path={_quoted(name)}"' in row

    page = bench.client.get("/preview", params={"path": name})
    assert page.status_code == 200, page.text
    assert "<h1>技能评价业务经费 · 申报表</h1>" in page.text
    note = re.search(r'<p class="notice" id="preview-note">(.*?)<a', page.text).group(1)
    assert note.startswith(f"{name}：「自评」部分有 ") and "（未填完）" in note
    assert "生成自评表前请填完" in note and str(bench.root) not in note
    assert '<span class="button waiting"' in page.text
    # asked for the 自评表: the 申报表 it can make, and the note
    asked = bench.client.get("/preview", params={"path": name, "form": "自评表"})
    assert "<h1>技能评价业务经费 · 申报表</h1>" in asked.text and "preview-note" in asked.text

    made = bench.client.get("/file", params={"path": name, "form": "申报表", "format": "xlsx"})
    assert made.status_code == 200, made.text
    cli = _cli(bench.root, monkeypatch, "render", name, "--form", "申报表", "-f", "xlsx",
               "--out", str(tmp_path / "cli"), "--no-cache")
    assert cli.exit_code == 0, cli.output
    assert "（自评未填完，未用）" in cli.output
    [rendered] = (tmp_path / "cli").rglob("*申报表.xlsx")
    assert made.content == rendered.read_bytes()  # the CLI's 申报表, byte for byte
    refused = bench.client.get("/file", params={"path": name, "form": "自评表", "format": "pdf"})
    assert refused.status_code == 422
    assert "不能生成自评表" in refused.text and "实际完成值: 不能为空" in refused.text

    editor = bench.client.get("/edit", params={"path": name}).text
    assert f'href="/preview?path={_quoted(name)}&amp;form={_quoted("申报表")}"' in editor


def _declared_only(root: Path, name: str, year: int) -> Path:
    """A project file of ``year`` with only its 申报 part (``perfdocs new``'s)."""
    from perfdocs.cli.scaffold import skeleton

    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(skeleton("水库移民后期扶持", "某县人民政府", "某县水利局", year),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("year, added", [(2027, False), (2026, True), (2025, True)])
def test_evaluate_init_follows_the_cli_rule_on_the_year(tmp_path: Path, monkeypatch,
                                                         year: int, added: bool) -> None:
    """tester10 #4: 「添加自评」 on 2026-12-03 refuses a 2027 project with evaluate-init's
    text (and adds it only when forced), adds a 2026 one with its 注意, a 2025 one as is."""
    from tests.serve_support import make_bench

    root = tmp_path / "projects"
    root.mkdir()
    (root / "perfdocs.toml").write_text('[render]\ndocument_date = 2026-12-03\n',
                                        encoding="utf-8")
    from perfdocs.loading.settings import load_settings

    bench = make_bench(root, settings=load_settings(str(root / "perfdocs.toml")))
    name = f"{year}/水库移民后期扶持.yaml"
    path = _declared_only(root, name, year)
    before = path.read_bytes()
    cli_copy = _declared_only(root, f"cli/{year}.yaml", year)
    cli = _cli(root, monkeypatch, "--config", "perfdocs.toml", "evaluate-init",
               f"cli/{year}.yaml")
    answer = bench.post("/api/evaluate-init", {"path": name})
    if not added:
        assert cli.exit_code != 0 and "未添加自评部分" in cli.stderr
        assert answer.status_code == 422 and answer.json()["confirm"] == "确要现在添加"
        said = answer.json()["error"]
        assert said.startswith(f"{name}: 错误 年度")  # named as the list names it
        assert said.split("年度: ", 1)[1] in cli.stderr.replace("（确要现在添加请加 --force）", "")
        assert "年度 2027 还没有到（今年是 2026 年）" in said
        assert path.read_bytes() == before
        forced = bench.post("/api/evaluate-init", {"path": name, "force": True})
        assert forced.status_code == 200 and "\n自评:\n" in path.read_text(encoding="utf-8")
        assert "还没有到" in forced.json()["message"]
        return
    assert cli.exit_code == 0, cli.output
    assert answer.status_code == 200, answer.text
    assert "\n自评:\n" in path.read_text(encoding="utf-8")
    assert path.read_text(encoding="utf-8") == cli_copy.read_text(encoding="utf-8")
    cli_note = [line for line in cli.stderr.splitlines() if line.startswith("注意：")]
    if year == 2026:  # December of the running year: added, with the CLI's 注意
        assert answer.json()["note"] and cli_note == [f"注意：cli/{year}.yaml：{answer.json()['note']}"]
        assert "按提前自评处理" in answer.json()["message"]
    else:
        assert answer.json()["note"] is None and cli_note == []


def test_check_and_save_refusals_name_the_file_as_the_list_does(bench) -> None:
    """A file grown past the loader's cap under the editor is said as
    「2024/技能评价业务经费.yaml: 错误 …」 by save and the live check, not by its full path
    on this computer."""
    state = bench.open(PROJECT)
    path = bench.root / PROJECT
    path.write_bytes(path.read_bytes() + b"#" * 6_000_000)
    for url, hash_ in (("/api/save", state["hash"]), ("/api/check", "0" * 64)):
        answer = bench.post(url, {"path": PROJECT, "hash": hash_, "tree": state["tree"]})
        said = answer.json()["error"]
        assert answer.status_code == 422 and "过大" in said, answer.text
        assert said.startswith(f"{PROJECT}: 错误") and str(bench.root) not in said, said


@pytest.mark.parametrize("name, label", [
    ("national-2020/社区居家养老服务补助.yaml", "执行率"),
    ("hubei-2020/农村饮水安全工程维修养护.yaml", "执行率（B/A）"),
    ("hebei-2019/教学楼供暖管网改造.yaml", "执行率"),
])
def test_the_rate_column_is_headed_as_the_form_prints_it(bench, name: str, label: str) -> None:
    """tester10 #9: the funds table and the 「自评表计算结果」 panel said 「执行率(%)」 over
    「90.00%」; they now head it with the layout's printed label, the value as printed."""
    page = bench.client.get("/edit", params={"path": name}).text
    state = bench.open(name)
    assert state["figures"]["rate"].endswith("%")
    assert "执行率(%)" not in page
    assert f"<th>{label}</th>" in page and f"<dt>{label}</dt>" in page


def test_the_editor_greys_the_forms_an_unfinished_part_cannot_make(bench) -> None:
    """After 添加自评 the 自评表's preview and download links led to an explanation page;
    they are marked waiting, with why, as the preview page marks them; a save that
    finishes the part makes them links again."""
    name = "2024/半程.yaml"
    text = (bench.root / PROJECT).read_text(encoding="utf-8")
    (bench.root / name).write_text(text[:text.index("\n自评:\n") + 1], encoding="utf-8")
    assert bench.post("/api/evaluate-init", {"path": name}).status_code == 200
    page = bench.client.get("/edit", params={"path": name}).text
    state = bench.open(name)
    assert list(state["waiting"]) == ["自评表"]
    assert re.match(r"「自评」部分有 \d+ 处错误（未填完），填完并保存后才能生成",
                    state["waiting"]["自评表"])
    assert re.search(r'<a class="button waiting" href="/preview[^"]*" data-needs-saved '
                     r'data-form="自评表" title="「自评」部分', page)
    assert re.search(r'<a class="button" href="/preview[^"]*" data-needs-saved '
                     r'data-form="申报表">', page)
    assert '<p data-form="自评表" class="waiting">' in page and '<p data-form="申报表">' in page
    # the 自评 part filled in (the bundled file's) and saved: nothing waits
    finished = bench.open(PROJECT)["tree"]
    saved = bench.post("/api/save", {"path": name, "hash": state["hash"], "tree": finished})
    assert saved.status_code == 200 and saved.json()["errors"] == 0
    assert saved.json()["waiting"] == {}
    assert "waiting" not in bench.client.get("/edit", params={"path": name}).text.split(
        "<main>")[0]


def test_a_blank_box_hides_none_of_validates_other_findings(bench, monkeypatch) -> None:
    """tester15 F2: one blank 分值 made the panel say only the schema's 「缺少必填项」, while
    ``validate`` on the saved file listed the other rules' findings beside it (the 全年执行数
    over its 全年预算数, the 其中 rows that no longer add up). The panel, live and after
    saving, is validate's lines, the same ones in the same number; the blank is saved as an
    empty value under its key, its comment kept."""
    path = bench.root / PROJECT
    text = path.read_text(encoding="utf-8")
    text = text.replace("          分值: 2\n", "          分值: 2 # 填写本指标的分值\n", 1)
    text = text.replace('年度资金总额: {年初预算数: "435.82", 全年预算数: "435.82", 全年执行数: "429.46"}',
                        '年度资金总额: {年初预算数: "435.82", 全年预算数: "435.82", 全年执行数: "500.00"}')
    path.write_text(text, encoding="utf-8")
    state = bench.open(PROJECT)
    tree = copy.deepcopy(state["tree"])
    _indicators(tree)[0]["分值"] = None  # the box cleared, as the page sends it
    live = bench.post("/api/check", {"path": PROJECT, "hash": state["hash"],
                                     "tree": tree}).json()
    saved = bench.post("/api/save", {"path": PROJECT, "hash": state["hash"], "tree": tree})
    assert saved.status_code == 200, saved.text
    written = path.read_text(encoding="utf-8")
    assert re.search(r"\n {10}分值: +# 填写本指标的分值\n", written)
    assert written.count("分值:") == text.count("分值:")
    validate = _cli(bench.root, monkeypatch, "validate", PROJECT)
    printed = [line for line in validate.stderr.splitlines() if line.startswith(PROJECT)]
    assert any("数量指标[1].分值" in line for line in printed)
    assert any("高于全年预算数" in line for line in printed)
    assert len(printed) > 2
    again = bench.open(PROJECT)
    for messages in (live["messages"], again["messages"]):
        assert [m["text"] for m in messages] == printed
    assert sum(m["severity"] == "error" for m in live["messages"]) > 1


def test_a_blank_box_leaves_the_figures_it_cannot_change(bench) -> None:
    """tester15 F2: with one 分值 blank the 计算结果 panel went blank too (执行率 「—」). The
    figures the blank cannot change are shown, as the file gives them once it is typed back;
    those it changes (the indicators' 分值 sum, that indicator's suggested 得分) are not."""
    state = bench.open(PROJECT)
    tree = copy.deepcopy(state["tree"])
    funds = tree["自评"]["项目资金"]["年度资金总额"]
    funds["全年执行数"] = "500.00"
    whole = bench.post("/api/check", {"path": PROJECT, "hash": state["hash"],
                                      "tree": tree}).json()["figures"]
    _indicators(tree)[0]["分值"] = None
    blank = bench.post("/api/check", {"path": PROJECT, "hash": state["hash"],
                                      "tree": tree}).json()["figures"]
    assert whole["rate"] == "114.72" and whole["execution_score"] == "10.00"
    for key in ("rate", "execution_weight", "execution_score", "money_unit", "funds"):
        assert blank[key] == whole[key], key
    assert whole["indicator_weight"] and not blank["indicator_weight"]
    first = "自评.绩效指标.产出指标.数量指标[1]"
    assert whole["indicators"][first]["suggested"] and not blank["indicators"][first]["suggested"]
    second = "自评.绩效指标.产出指标.数量指标[2]"
    assert blank["indicators"][second] == whole["indicators"][second]
