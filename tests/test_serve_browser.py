"""The workbench in a real browser: Debian's Chromium driven by Selenium.

One user's year, end to end: open the list, create a project, fill its declaration, add
the evaluation, fill the indicators and watch 总分 change, add, move and remove rows, save,
reload, find the file on disk changed as typed, and build the packet. Skipped only where
Chromium and its driver are not installed (CI installs them: .ci/run).
"""

from __future__ import annotations

import re
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
DRIVER = Path("/usr/bin/chromedriver")

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")
selenium = pytest.importorskip("selenium")
if not (CHROMIUM.exists() and DRIVER.exists()):
    pytest.skip("Chromium 或 chromedriver 未安装（apt-get install chromium chromium-driver）",
                allow_module_level=True)

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "data"
NEW = "2024/公共实训基地运维.yaml"


class Live:
    """A workbench served on 127.0.0.1 by uvicorn in a thread, as ``perfdocs serve`` does."""

    def __init__(self, root: Path, settings: Any = None) -> None:
        import uvicorn

        from perfdocs.loading.settings import Settings
        from perfdocs.serve.app import Secrets, create_app
        from perfdocs.serve.workbench import Workbench

        self.root = root
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        port = self.sock.getsockname()[1]
        self.base = f"http://127.0.0.1:{port}"
        self.keys = Secrets()
        app = create_app(Workbench(root, settings or Settings()), self.keys,
                         hosts={f"127.0.0.1:{port}"}, origins={self.base},
                         cookie=f"perfdocs-{port}")
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]},
                                       daemon=True)

    def __enter__(self) -> Live:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        assert self.server.started
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture
def live(tmp_path: Path) -> Iterator[Live]:
    root = tmp_path / "projects"
    shutil.copytree(DATA / "2024", root / "2024")
    with Live(root) as served:
        yield served


@pytest.fixture
def browser() -> Iterator[Any]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    profile = tempfile.mkdtemp(prefix="perfdocs-chromium-")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
                 "--window-size=1400,1000"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=str(DRIVER)), options=options)
    driver.set_page_load_timeout(120)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def wait(driver: Any, condition: Any, timeout: float = 60) -> Any:
    return WebDriverWait(driver, timeout, poll_frequency=0.1).until(condition)


def field(driver: Any, path: str) -> Any:
    return driver.find_element(By.ID, f"f-{path}")


def type_into(element: Any, text: str) -> None:
    element.clear()
    element.send_keys(text)


def rows(driver: Any, section: str) -> list[Any]:
    return driver.find_elements(
        By.CSS_SELECTOR, f'[data-section="{section}"] tbody tr.indicator')


def cell(row: Any, key: str) -> Any:
    return row.find_element(By.CSS_SELECTOR, f'[data-key="{key}"]')


def text_of(driver: Any, css: str) -> str:
    return driver.find_element(By.CSS_SELECTOR, css).text


def checked(driver: Any) -> None:
    """Wait until the last change has been checked by the server (the page says so)."""
    time.sleep(0.5)  # the page waits 350 ms after the last key before it asks
    wait(driver, lambda d: d.execute_script(
        "return document.getElementById('counts').textContent") != "")


def saved(driver: Any) -> None:
    driver.find_element(By.ID, "save").click()
    wait(driver, lambda d: text_of(d, "#save-state") == "已保存")


def test_a_year_of_one_project_in_the_browser(live: Live, browser: Any) -> None:
    from perfdocs.loading.source import load_source

    # The list, entered with the run's token (which then leaves the address bar).
    browser.get(f"{live.base}/?token={live.keys.token}")
    wait(browser, lambda d: d.find_elements(By.ID, "projects"))
    assert "token" not in browser.current_url
    listed = [r.get_attribute("data-path") for r in
              browser.find_elements(By.CSS_SELECTOR, "#projects tr[data-path]")]
    assert listed == sorted(p.relative_to(live.root).as_posix()
                            for p in live.root.glob("2024/*.yaml"))
    assert "92.85" in text_of(browser, '#projects tr[data-path="2024/技能评价业务经费.yaml"]')

    # 新建项目
    browser.find_element(By.ID, "new-project").click()
    form = browser.find_element(By.ID, "new-form")
    for name, value in (("name", "公共实训基地运维"), ("department", "上海市人力资源和社会保障局"),
                        ("unit", "上海市职业技能鉴定中心"), ("year", "2024"), ("file", NEW)):
        type_into(form.find_element(By.NAME, name), value)
    browser.find_element(By.ID, "new-submit").click()
    wait(browser, lambda d: "/edit" in d.current_url and d.find_elements(By.ID, "sheet"))
    assert (live.root / NEW).is_file()
    checked(browser)
    assert "示例文字" in text_of(browser, "#messages")  # the skeleton's examples are errors

    # The declaration: its amounts, goals and the example indicators' names.
    type_into(field(browser, "申报.项目资金.年度资金申请总额.合计"), "500000")
    type_into(field(browser, "申报.项目资金.年度资金申请总额.当年财政拨款"), "500000")
    type_into(field(browser, "申报.项目总目标"), "保障公共实训基地全年运行。")
    type_into(field(browser, "申报.年度总体目标"), "完成年度实训任务，保障基地正常运行。")
    type_into(field(browser, "填报信息"), "填报人: 张三\n联系电话：021-12345678")
    names = ["实训人次", "实训合格率", "实训完成及时性", "对就业的促进作用", "学员满意度"]
    for row, name in zip(rows(browser, "申报"), names, strict=True):
        type_into(cell(row, "三级指标"), name)
    checked(browser)
    wait(browser, lambda d: text_of(d, "#counts").startswith("0 个错误"))
    saved(browser)

    # The year is over: add the evaluation (evaluate-init), copied from the declaration.
    browser.find_element(By.ID, "evaluate-init").click()
    wait(browser, lambda d: len(rows(d, "自评")) == 5)
    evaluated = rows(browser, "自评")
    assert [cell(r, "三级指标").get_attribute("value") for r in evaluated] == names
    level1 = evaluated[0].find_element(By.CSS_SELECTOR, "input.level1")
    choices = browser.find_elements(By.CSS_SELECTOR, "#levels1-自评 option")
    assert {"产出指标", "效益指标", "满意度指标"} <= {o.get_attribute("value") for o in choices}
    level2_list = evaluated[0].find_element(By.CSS_SELECTOR, "input.level2").get_attribute("list")
    assert level1.get_attribute("value") == "产出指标"
    offered = browser.find_elements(By.CSS_SELECTOR, f'datalist[id="{level2_list}"] option')
    assert "数量指标" in {o.get_attribute("value") for o in offered}

    for row_name in ("年度资金总额", "当年财政拨款"):
        type_into(field(browser, f"自评.项目资金.{row_name}.全年预算数"), "500000")
        type_into(field(browser, f"自评.项目资金.{row_name}.全年执行数"), "450000")
    for row_name in ("上年结转资金", "其他资金"):
        type_into(field(browser, f"自评.项目资金.{row_name}.全年预算数"), "0")
        type_into(field(browser, f"自评.项目资金.{row_name}.全年执行数"), "0")
    type_into(field(browser, "自评.年度总体目标.实际完成情况"), "全年完成实训任务，基地运行正常。")
    actuals = ["120(人次)", "96.00(%)", "及时", "具有促进作用", "92.00(%)"]
    for row, actual in zip(rows(browser, "自评"), actuals, strict=True):
        type_into(cell(row, "实际完成值"), actual)
        type_into(cell(row, "分值"), "18")
    checked(browser)
    wait(browser, lambda d: text_of(d, "#total") == "99.00")
    assert text_of(browser, "#grade") == "优"
    assert text_of(browser, 'output[data-fund="自评.项目资金.年度资金总额"]') == "90.00"
    assert text_of(browser, "#figures output[data-figure='execution_score']") == "9.00"

    # A score the preparer lowers: the total follows, and the lost points need a reason.
    last = rows(browser, "自评")[-1]
    assert last.find_element(By.CSS_SELECTOR, "output.suggested").text == "18.00"
    type_into(cell(last, "得分"), "16")
    wait(browser, lambda d: text_of(d, "#total") == "97.00")
    wait(browser, lambda d: "偏差原因" in text_of(d, '[data-section="自评"] tbody'))
    type_into(cell(rows(browser, "自评")[-1], "偏差原因分析及改进措施"),
              "实训形式单一；下年增加线上课程。")
    checked(browser)
    wait(browser, lambda d: text_of(d, "#counts").startswith("0 个错误"))

    # Rows: insert one under the first, move it up, add and remove a spare one.
    first = rows(browser, "自评")[0]
    first.find_element(By.CSS_SELECTOR, "button.insert").click()
    added = rows(browser, "自评")[1]
    type_into(cell(added, "三级指标"), "结业证书发放数")
    type_into(cell(added, "年度指标值"), "≥100(本)")
    type_into(cell(added, "实际完成值"), "110(本)")
    type_into(cell(added, "分值"), "8")
    type_into(cell(rows(browser, "自评")[0], "分值"), "10")
    added.find_element(By.CSS_SELECTOR, "button.up").click()
    browser.find_element(By.CSS_SELECTOR, '[data-section="自评"] .add-row').click()
    assert len(rows(browser, "自评")) == 7
    type_into(cell(rows(browser, "自评")[-1], "三级指标"), "多余的一行")
    rows(browser, "自评")[-1].find_element(By.CSS_SELECTOR, "button.remove").click()
    assert len(rows(browser, "自评")) == 6
    checked(browser)
    wait(browser, lambda d: text_of(d, "#total") == "97.00")
    assert text_of(browser, "#save-state") == "未保存"

    saved(browser)
    browser.refresh()
    wait(browser, lambda d: d.find_elements(By.ID, "sheet"))
    checked(browser)
    assert text_of(browser, "#total") == "97.00"
    assert cell(rows(browser, "自评")[0], "三级指标").get_attribute("value") == "结业证书发放数"

    # The file on disk holds what was typed, in the form's order, comments kept.
    text = (live.root / NEW).read_text(encoding="utf-8")
    # no $schema line: the folder served is not an initialised one (tester6 10j)
    text_below = text
    assert text_below.startswith("# 财政项目支出绩效目标申报表（2024年度）— 公共实训基地运维")
    assert "# 自评部分：由 perfdocs evaluate-init 从申报部分生成。" in text
    assert not [line for line in text.splitlines()  # the header comment still explains them
                if "示例：" in line and not line.lstrip().startswith("#")]
    data = load_source(live.root / NEW).data
    quantity = data["自评"]["绩效指标"]["产出指标"]["数量指标"]
    assert [i["三级指标"] for i in quantity] == ["结业证书发放数", "实训人次"]
    assert [i["分值"] for i in quantity] == ["8", "10"]
    satisfaction = data["自评"]["绩效指标"]["满意度指标"]["服务对象满意度指标"][0]
    assert satisfaction["得分"] == "16"
    assert satisfaction["偏差原因分析及改进措施"] == "实训形式单一；下年增加线上课程。"
    assert data["自评"]["项目资金"]["年度资金总额"]["全年执行数"] == "450000"
    assert data["申报"]["绩效指标"]["产出指标"]["数量指标"][0]["三级指标"] == "实训人次"
    assert data["填报信息"] == {"填报人": "张三", "联系电话": "021-12345678"}

    # Another program saves the file while the page edits it: the page shows the
    # difference and overwrites only when told to.
    disk = text.replace("全年完成实训任务，基地运行正常。", "另一程序改写的完成情况。")
    (live.root / NEW).write_text(disk, encoding="utf-8")
    type_into(field(browser, "自评.年度总体目标.实际完成情况"), "页面上的完成情况。")
    browser.find_element(By.ID, "save").click()
    wait(browser, lambda d: d.find_element(By.ID, "conflict").get_attribute("open") is not None)
    shown = text_of(browser, "#conflict-diff")
    assert "-    实际完成情况: 另一程序改写的完成情况。" in shown
    assert "+    实际完成情况: 页面上的完成情况。" in shown
    assert (live.root / NEW).read_text(encoding="utf-8") == disk
    browser.find_element(By.ID, "conflict-overwrite").click()
    wait(browser, lambda d: text_of(d, "#save-state") == "已保存")
    assert "实际完成情况: 页面上的完成情况。" in (live.root / NEW).read_text(encoding="utf-8")

    # The packet of the 自评 stage, for the unit's projects listed.
    browser.get(f"{live.base}/?unit=上海市职业技能鉴定中心")
    wait(browser, lambda d: d.find_elements(By.ID, "projects"))
    assert Select(browser.find_element(By.NAME, "unit")).first_selected_option.text \
        == "上海市职业技能鉴定中心"
    row = browser.find_element(By.CSS_SELECTOR, f'#projects tr[data-path="{NEW}"]')
    assert "97.00" in row.text and "优" in row.text
    browser.find_element(By.CSS_SELECTOR, 'button.packet[data-stage="自评"]').click()
    wait(browser, lambda d: d.find_element(By.ID, "job").get_attribute("data-state")
         in ("done", "failed"), timeout=300)
    assert browser.find_element(By.ID, "job").get_attribute("data-state") == "done", \
        text_of(browser, "#job")
    link = browser.find_element(By.CSS_SELECTOR, "a.packet-zip")
    assert link.text.endswith(".zip")
    zips = list((live.root / "output").rglob("*.zip"))
    assert len(zips) == 1
    import zipfile

    members = zipfile.ZipFile(zips[0]).namelist()
    assert any("公共实训基地运维" in m and "自评表" in m for m in members)
    assert not any("申报表" in m for m in members)


REVISED = "2024/技能评价业务经费.yaml"
REVISION = "修订: {版本: 2, 日期: 2025-03-01, 阶段: 自评, 原因: 按评审意见更正}\n"


def _validate(path: Path) -> Any:
    from click.testing import CliRunner

    from perfdocs.cli import main

    return CliRunner().invoke(main, ["validate", str(path)])


def _revision_rows(driver: Any) -> list[Any]:
    return driver.find_elements(By.CSS_SELECTOR, '[data-records="修订"] tbody tr.record')


def test_revision_is_kept_unless_edited_and_edited_in_its_own_boxes(live: Live,
                                                                    browser: Any) -> None:
    """tester8 #1: saving after editing another field rewrote 修订 as a quoted JSON string
    (validate then refused the file); its box could hold no valid value. An untouched box
    is not written; 修订 is typed in 版本/日期/阶段/原因 boxes, one row per entry."""
    path = live.root / REVISED
    original = path.read_text(encoding="utf-8")
    anchor = "金额单位: 万元\n"
    before = original.replace(anchor, anchor + REVISION, 1)
    path.write_text(before, encoding="utf-8")
    assert _validate(path).exit_code == 0

    browser.get(f"{live.base}/?token={live.keys.token}")
    wait(browser, lambda d: d.find_elements(By.ID, "projects"))
    browser.get(f"{live.base}/edit?path={REVISED}")
    wait(browser, lambda d: d.find_elements(By.ID, "sheet"))
    checked(browser)
    entries = _revision_rows(browser)
    assert [[cell(entries[0], key).get_attribute("value") for key in ("版本", "日期", "原因")]
            ] == [["2", "2025-03-01", "按评审意见更正"]]
    assert Select(cell(entries[0], "阶段")).first_selected_option.text == "自评"

    # Another field edited: the file changes there and nowhere else.
    field(browser, "申报.项目性质").send_keys("（已按评审意见修改）")
    checked(browser)
    saved(browser)
    after = path.read_text(encoding="utf-8")
    assert after.replace("（已按评审意见修改）", "") == before
    assert "  项目性质: 经常性专项业务费（已按评审意见修改）\n" in after
    assert _validate(path).exit_code == 0, _validate(path).output

    # A second time sent back: a second row makes 修订 a list, the first entry kept.
    browser.find_element(By.CSS_SELECTOR, '[data-records="修订"] .add-record').click()
    entries = _revision_rows(browser)
    assert len(entries) == 2
    type_into(cell(entries[1], "版本"), "3")
    type_into(cell(entries[1], "日期"), "2025-04-02")
    type_into(cell(entries[1], "原因"), "按第二次评审意见更正得分")
    checked(browser)
    wait(browser, lambda d: text_of(d, "#counts").startswith("0 个错误"))
    saved(browser)
    from perfdocs.loading.source import load_source

    assert load_source(path).data["修订"] == [
        {"版本": "2", "日期": "2025-03-01", "阶段": "自评", "原因": "按评审意见更正"},
        {"版本": "3", "日期": "2025-04-02", "原因": "按第二次评审意见更正得分"}]
    assert _validate(path).exit_code == 0, _validate(path).output
    assert "（已按评审意见修改）" in path.read_text(encoding="utf-8")

    # A slip in a box is said at that box.
    type_into(cell(_revision_rows(browser)[1], "日期"), "2025-13-40")
    checked(browser)
    wait(browser, lambda d: "日期" in text_of(d, '[data-records="修订"] tbody tr.record:nth-child(2)'))


def test_revision_added_to_a_file_without_one_is_one_entry(live: Live, browser: Any) -> None:
    """A file without 修订: the boxes write one mapping, as README shows it."""
    path = live.root / REVISED
    before = path.read_text(encoding="utf-8")
    browser.get(f"{live.base}/?token={live.keys.token}")
    wait(browser, lambda d: d.find_elements(By.ID, "projects"))
    browser.get(f"{live.base}/edit?path={REVISED}")
    wait(browser, lambda d: d.find_elements(By.ID, "sheet"))
    checked(browser)
    assert _revision_rows(browser) == []
    browser.find_element(By.CSS_SELECTOR, '[data-records="修订"] .add-record').click()
    entry = _revision_rows(browser)[0]
    type_into(cell(entry, "版本"), "2")
    type_into(cell(entry, "日期"), "2026-12-08")
    Select(cell(entry, "阶段")).select_by_visible_text("自评")
    type_into(cell(entry, "原因"), "补写自评报告")
    checked(browser)
    wait(browser, lambda d: text_of(d, "#counts").startswith("0 个错误"))
    saved(browser)
    from perfdocs.loading.source import load_source

    after = path.read_text(encoding="utf-8")
    assert load_source(path).data["修订"] == {"版本": "2", "日期": "2026-12-08", "阶段": "自评",
                                              "原因": "补写自评报告"}
    assert _validate(path).exit_code == 0, _validate(path).output
    added = [line for line in after.splitlines() if line not in before.splitlines()]
    assert all(line.startswith(("修订", "  ")) for line in added), added


def test_indicator_level_names_are_shown_whole(tmp_path: Path, browser: Any) -> None:
    """tester8 #15: 「服务对象满意度指标」 showed as 「服务对象满意」 in the 二级 cell; every
    一级/二级 box is wide enough for its name (nothing scrolled out of sight)."""
    root = tmp_path / "projects"
    shutil.copytree(DATA / "national-2020", root / "national-2020")
    name = "national-2020/社区居家养老服务补助.yaml"
    with Live(root) as served:
        browser.get(f"{served.base}/?token={served.keys.token}")
        wait(browser, lambda d: d.find_elements(By.ID, "projects"))
        browser.get(f"{served.base}/edit?path={name}")
        wait(browser, lambda d: d.find_elements(By.ID, "sheet"))
        checked(browser)
        boxes = browser.find_elements(By.CSS_SELECTOR, "tr.indicator input.level1, "
                                                       "tr.indicator input.level2")
        values = {b.get_attribute("value") for b in boxes}
        assert "服务对象满意度指标" in values
        cut = [b.get_attribute("value") for b in boxes
               if browser.execute_script("return arguments[0].scrollWidth > "
                                         "arguments[0].clientWidth", b)]
        assert cut == []


TWO_REVISIONS = ("修订:\n"
                 "  - {版本: 2, 日期: 2025-03-01, 阶段: 自评, 原因: 按评审意见更正}\n"
                 "  - {版本: 3, 日期: 2025-04-02, 原因: 再次退回}\n")


def _dialog_open(driver: Any) -> bool:
    return driver.find_element(By.ID, "remove-record").get_attribute("open") is not None


def test_a_saved_revision_is_removed_only_when_the_clerk_says_so(live: Live,
                                                                 browser: Any) -> None:
    """tester9 N6: the ✕ of an earlier 修订 entry removed it without a word, while README
    says to keep every entry. A saved entry's ✕ asks first (the dialog names it); a row
    added since the last save goes at once."""
    path = live.root / REVISED
    anchor = "金额单位: 万元\n"
    before = path.read_text(encoding="utf-8").replace(anchor, anchor + TWO_REVISIONS, 1)
    path.write_text(before, encoding="utf-8")
    browser.get(f"{live.base}/?token={live.keys.token}")
    wait(browser, lambda d: d.find_elements(By.ID, "projects"))
    browser.get(f"{live.base}/edit?path={REVISED}")
    wait(browser, lambda d: d.find_elements(By.ID, "sheet"))
    checked(browser)
    assert len(_revision_rows(browser)) == 2

    # ✕ of the first saved entry: a question naming it; 不删除 keeps it.
    _revision_rows(browser)[0].find_element(By.CSS_SELECTOR, "button.remove").click()
    wait(browser, _dialog_open)
    assert text_of(browser, "#remove-record-what") == "第 2 版，2025-03-01，按评审意见更正"
    browser.find_element(By.ID, "remove-record-cancel").click()
    wait(browser, lambda d: not _dialog_open(d))
    assert len(_revision_rows(browser)) == 2
    assert text_of(browser, "#save-state") == "已保存"

    # A row added and not saved: removed without a question.
    browser.find_element(By.CSS_SELECTOR, '[data-records="修订"] .add-record').click()
    assert len(_revision_rows(browser)) == 3
    _revision_rows(browser)[2].find_element(By.CSS_SELECTOR, "button.remove").click()
    assert not _dialog_open(browser)
    assert len(_revision_rows(browser)) == 2
    checked(browser)
    assert text_of(browser, "#save-state") == "已保存"
    assert path.read_text(encoding="utf-8") == before

    # The clerk confirms (a duplicate entry): it goes, and the save writes one entry.
    _revision_rows(browser)[1].find_element(By.CSS_SELECTOR, "button.remove").click()
    wait(browser, _dialog_open)
    browser.find_element(By.ID, "remove-record-confirm").click()
    wait(browser, lambda d: not _dialog_open(d))
    assert len(_revision_rows(browser)) == 1
    checked(browser)
    saved(browser)
    from perfdocs.loading.source import load_source

    assert load_source(path).data["修订"] == [
        {"版本": "2", "日期": "2025-03-01", "阶段": "自评", "原因": "按评审意见更正"}]


HUBEI = "hubei-2020/农村饮水安全工程维修养护.yaml"


def _tick_row(driver: Any, key: str) -> Any:
    return driver.find_element(By.CSS_SELECTOR, f'[data-choices="勾选"] tr.choice[data-key="{key}"]')


def test_ticks_are_chosen_in_the_layouts_rows(tmp_path: Path, browser: Any) -> None:
    """勾选 showed its mapping as JSON text, and a clerk who edited it wrote a text validate
    refuses (「应为「行名: 所勾选项」形式的映射」). It is the layout's tick-box rows now, each
    with its options; an untouched box is not written, a changed row only that row."""
    from perfdocs.loading.source import load_source

    root = tmp_path / "projects"
    shutil.copytree(DATA / "hubei-2020", root / "hubei-2020")
    path = root / HUBEI
    before = path.read_text(encoding="utf-8")
    with Live(root) as served:
        browser.get(f"{served.base}/?token={served.keys.token}")
        wait(browser, lambda d: d.find_elements(By.ID, "projects"))
        browser.get(f"{served.base}/edit?path={HUBEI}")
        wait(browser, lambda d: d.find_elements(By.ID, "sheet"))
        checked(browser)
        rows = browser.find_elements(By.CSS_SELECTOR, '[data-choices="勾选"] tr.choice')
        assert [r.get_attribute("data-key") for r in rows] == ["项目类别", "项目属性", "项目类型"]
        kind = Select(_tick_row(browser, "项目属性").find_element(By.TAG_NAME, "select"))
        assert [o.text for o in kind.options] == ["（不勾选）", "持续性项目", "新增性项目"]
        assert kind.first_selected_option.text == "持续性项目"

        # Another field edited: 勾选 is left as the file writes it.
        field(browser, "自评.年度总体目标.实际完成情况").send_keys("（已核实）")
        checked(browser)
        saved(browser)
        assert path.read_text(encoding="utf-8").replace("（已核实）", "") == before

        # One row changed: that line alone changes, and the file validates.
        kind.select_by_visible_text("新增性项目")
        checked(browser)
        wait(browser, lambda d: text_of(d, "#counts").startswith("0 个错误"))
        saved(browser)
        after = path.read_text(encoding="utf-8")
        assert after.replace("项目属性: 新增性项目", "项目属性: 持续性项目").replace(
            "（已核实）", "") == before
        assert load_source(path).data["勾选"] == {
            "项目类别": "部门预算项目", "项目属性": "新增性项目", "项目类型": "常年性项目"}
        assert _validate(path).exit_code == 0, _validate(path).output

        # A row left unticked: validate's warning is said at that row.
        Select(_tick_row(browser, "项目类型").find_element(By.TAG_NAME, "select")) \
            .select_by_visible_text("（不勾选）")
        checked(browser)
        wait(browser, lambda d: "一项都没有勾选" in _tick_row(d, "项目类型").text)


def test_ticks_saved_as_text_are_offered_in_their_boxes(tmp_path: Path, browser: Any) -> None:
    """A 勾选 an earlier workbench saved as JSON text (validate refuses it) is read into the
    boxes; the file keeps it until a box is changed, then gets the mapping."""
    from perfdocs.loading.source import load_source

    root = tmp_path / "projects"
    shutil.copytree(DATA / "hubei-2020", root / "hubei-2020")
    path = root / HUBEI
    text = path.read_text(encoding="utf-8")
    start = text.index("勾选:\n")
    end = text.index("\n\n", start)
    spoiled = text[:start] + ("勾选: '{\"项目类别\": \"部门预算项目\", \"项目属性\": \"持续性项目\", "
                              "\"项目类型\": \"常年性项目\", \"旧行\": \"甲\"}'") + text[end:]
    path.write_text(spoiled, encoding="utf-8")
    assert _validate(path).exit_code != 0
    with Live(root) as served:
        browser.get(f"{served.base}/?token={served.keys.token}")
        wait(browser, lambda d: d.find_elements(By.ID, "projects"))
        browser.get(f"{served.base}/edit?path={HUBEI}")
        wait(browser, lambda d: d.find_elements(By.ID, "sheet"))
        checked(browser)
        assert "写成了一段文字" in text_of(browser, '[data-choices="勾选"] .records-note')
        assert Select(_tick_row(browser, "项目类别").find_element(By.TAG_NAME, "select")) \
            .first_selected_option.text == "部门预算项目"
        free = _tick_row(browser, "旧行")  # no such row on the form: a text, and ✕
        assert free.find_element(By.CSS_SELECTOR, "input.choice-text").get_attribute(
            "value") == "甲"
        free.find_element(By.CSS_SELECTOR, "button.remove").click()
        checked(browser)
        saved(browser)
        assert load_source(path).data["勾选"] == {
            "项目类别": "部门预算项目", "项目属性": "持续性项目", "项目类型": "常年性项目"}
        assert _validate(path).exit_code == 0, _validate(path).output
        assert not browser.find_elements(By.CSS_SELECTOR, '[data-choices="勾选"] .records-note')


def test_adding_the_evaluation_before_the_year_ended_asks_first(tmp_path: Path,
                                                               browser: Any) -> None:
    """tester10 #4: on 2026-12-03 「添加自评」 on a 2027 project says evaluate-init's
    refusal and adds nothing unless 「确要现在添加」 is clicked; a 2026 project is added
    at once, its 注意 shown on the editor."""
    from datetime import date

    from perfdocs.cli.scaffold import skeleton
    from perfdocs.loading.settings import Settings

    root = tmp_path / "projects"
    paths = {}
    for year in (2026, 2027):
        path = paths[year] = root / f"{year}/水库移民后期扶持.yaml"
        path.parent.mkdir(parents=True)
        path.write_text(skeleton("水库移民后期扶持", "某县人民政府", "某县水利局", year),
                        encoding="utf-8")
    before = paths[2027].read_bytes()
    dialog = (By.ID, "early-evaluation")
    with Live(root, Settings().dated(date(2026, 12, 3))) as live:
        browser.get(f"{live.base}/?token={live.keys.token}")
        row = '#projects tr[data-path="2027/水库移民后期扶持.yaml"] button.evaluate-init'
        wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, row))
        browser.find_element(By.CSS_SELECTOR, row).click()
        wait(browser, lambda d: d.find_element(*dialog).get_attribute("open") is not None)
        said = text_of(browser, "#early-evaluation-why")
        assert "年度 2027 还没有到（今年是 2026 年）" in said and "未添加自评部分" in said
        assert said.startswith("2027/水库移民后期扶持.yaml")
        browser.find_element(By.ID, "early-evaluation-cancel").click()
        wait(browser, lambda d: d.find_element(*dialog).get_attribute("open") is None)
        time.sleep(0.3)
        assert paths[2027].read_bytes() == before and "/edit" not in browser.current_url
        browser.find_element(By.CSS_SELECTOR, row).click()
        wait(browser, lambda d: d.find_element(*dialog).get_attribute("open") is not None)
        browser.find_element(By.ID, "early-evaluation-force").click()
        wait(browser, lambda d: "/edit" in d.current_url and rows(d, "自评"))
        assert "\n自评:\n" in paths[2027].read_text(encoding="utf-8")

        # December of the running year: added at once (no question), with the 注意
        browser.get(f"{live.base}/edit?path=2026/水库移民后期扶持.yaml")
        wait(browser, lambda d: d.find_elements(By.ID, "evaluate-init"))
        browser.find_element(By.ID, "evaluate-init").click()
        wait(browser, lambda d: rows(d, "自评") and not d.find_element(By.ID, "toast")
             .get_attribute("hidden"))
        assert "按提前自评处理" in text_of(browser, "#toast")
        assert browser.find_element(*dialog).get_attribute("open") is None
        assert "\n自评:\n" in paths[2026].read_text(encoding="utf-8")


def test_forms_waiting_for_the_evaluation_are_greyed_in_the_editor(live: Live,
                                                                    browser: Any) -> None:
    """After 添加自评 the 自评表's preview and downloads wait (greyed, and a click says why
    instead of opening the explanation page); the 申报表's still open."""
    name = "2024/半程.yaml"
    text = (live.root / "2024/技能评价业务经费.yaml").read_text(encoding="utf-8")
    (live.root / name).write_text(text[:text.index("\n自评:\n") + 1], encoding="utf-8")
    browser.get(f"{live.base}/?token={live.keys.token}")
    browser.get(f"{live.base}/edit?path={name}")
    wait(browser, lambda d: d.find_elements(By.ID, "evaluate-init"))
    browser.find_element(By.ID, "evaluate-init").click()
    wait(browser, lambda d: rows(d, "自评"))
    preview = browser.find_element(By.CSS_SELECTOR, 'header a.button[data-form="自评表"]')
    assert "waiting" in preview.get_attribute("class")
    assert "未填完" in preview.get_attribute("title")
    downloads = browser.find_element(By.CSS_SELECTOR, '.downloads p[data-form="自评表"]')
    assert "waiting" in downloads.get_attribute("class") and "未填完" in downloads.text
    edit_url = browser.current_url
    # (the 「已添加自评部分」 toast covers the downloads: clicked as the page's script would)
    browser.execute_script("arguments[0].click()", downloads.find_element(By.LINK_TEXT, "pdf"))
    wait(browser, lambda d: "还不能生成" in text_of(d, "#toast"))
    preview.click()
    time.sleep(0.3)
    assert browser.current_url == edit_url
    declared = browser.find_element(By.CSS_SELECTOR, 'header a.button[data-form="申报表"]')
    assert "waiting" not in declared.get_attribute("class")
    declared.click()
    wait(browser, lambda d: "/preview" in d.current_url)


def test_a_cleared_score_keeps_its_key_and_hides_no_other_finding(live: Live,
                                                                  browser: Any) -> None:
    """tester15 F2: clearing one 分值 made the panel say 「1 个错误，0 个警告」 while validate
    on the saved file listed the 全年执行数 over its budget and the 其中 rows that no longer
    add up; and 保存 took the key out with its comment. The panel counts what validate
    prints, live and after a reload; the blank stays under its key with its comment, and
    the number typed back gives the file as it was."""
    from selenium.webdriver.common.keys import Keys

    path = live.root / REVISED
    text = path.read_text(encoding="utf-8")
    text = text.replace("          分值: 2\n", "          分值: 2 # 填写本指标的分值\n", 1)
    text = text.replace('全年预算数: "435.82", 全年执行数: "429.46"}',
                        '全年预算数: "435.82", 全年执行数: "500.00"}', 1)
    path.write_text(text, encoding="utf-8")
    browser.get(f"{live.base}/?token={live.keys.token}")
    browser.get(f"{live.base}/edit?path={REVISED}")
    wait(browser, lambda d: rows(d, "自评"))
    checked(browser)
    score = cell(rows(browser, "自评")[0], "分值")
    score.send_keys(Keys.CONTROL, "a")
    score.send_keys(Keys.BACKSPACE)
    checked(browser)
    saved(browser)
    written = path.read_text(encoding="utf-8")
    assert re.search(r"\n {10}分值: +# 填写本指标的分值\n", written), written
    lines = [line for line in _validate(path).stderr.splitlines() if line.startswith(str(path))]
    errors = sum(" 错误 " in line for line in lines)
    warnings = sum(" 警告 " in line for line in lines)
    assert errors > 1 and warnings and any("高于全年预算数" in line for line in lines)
    counts = f"{errors} 个错误，{warnings} 个警告"
    wait(browser, lambda d: text_of(d, "#counts") == counts)
    browser.get(f"{live.base}/edit?path={REVISED}")
    wait(browser, lambda d: rows(d, "自评"))
    wait(browser, lambda d: text_of(d, "#counts") == counts)
    assert "高于全年预算数" in text_of(browser, '[data-field="自评.项目资金"]')
    type_into(cell(rows(browser, "自评")[0], "分值"), "2")
    checked(browser)
    saved(browser)
    assert path.read_text(encoding="utf-8") == text
