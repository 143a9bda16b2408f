"""``perfdocs init``: make a folder a unit's perfdocs workspace.

Three files make the difference between "a folder of YAML" and a place where a preparer
gets help while typing: perfdocs.toml (the unit's settings, every key commented in
Chinese, with the unit's own details in ``[unit]``), the JSON Schema beside it, and VS
Code's ``.vscode/settings.json`` mapping the folder's ``*.yaml`` files to that schema
(the YAML extension then completes keys and shows each key's meaning on hover).

An existing perfdocs.toml is never overwritten (it holds the unit's choices); the schema is
refreshed (it follows the installed perfdocs); an existing VS Code settings file keeps
every other setting and gains only the ``yaml.schemas`` entry.

It sits with the layouts because the schema it writes names the installed layouts'
版式 and 一级/二级指标 (:mod:`perfdocs.layouts.project_schema`).
"""

from __future__ import annotations

import json
from pathlib import Path

from perfdocs.errors import InputError
from perfdocs.layouts.project_schema import json_schema
from perfdocs.loading.schema import SCHEMA_FILE
from perfdocs.loading.settings import SETTINGS_FILE, UnitInfo
from perfdocs.records import Record

VSCODE_SETTINGS = Path(".vscode") / "settings.json"
YAML_GLOBS = ["*.yaml", "**/*.yaml", "*.yml", "**/*.yml"]


class Step(Record, frozen=True):
    """One file ``init`` looked after, and what it did (写入, 更新, 保留)."""

    path: Path
    action: str
    note: str = ""


def _toml_text(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def settings_text(unit: UnitInfo, layout: str | None = None) -> str:
    """A commented perfdocs.toml: every setting with its default, the unit's details and
    the unit's usual layout (``perfdocs init --layout``) filled."""
    from perfdocs.loading.settings import Settings

    layout_line = f"layout = {_toml_text(layout or Settings.layout)}"
    return f"""\
# perfdocs 设置文件。每一项都可省略（省略时用这里写的默认值）；写错的键名会被报告。
# 相对路径从本文件所在的文件夹算起。文字须加英文双引号。

[unit]
# 本单位的信息：perfdocs new 用作默认值，版式可把它们印在签字栏。
# 单位名称（也是 perfdocs new 询问「实施单位」时的默认值）
name = {_toml_text(unit.name)}
# 主管部门（perfdocs new 询问「主管部门」时的默认值）
department = {_toml_text(unit.department)}
# 填报人、联系电话、单位负责人
preparer = {_toml_text(unit.preparer)}
phone = {_toml_text(unit.phone)}
head = {_toml_text(unit.head)}

[render]
{layout_line:<36}# 项目文件没写「版式」时用哪个版式（perfdocs layouts 列出全部）
formats = ["xlsx", "docx", "pdf"]   # perfdocs render 默认生成的格式
out = "output"                      # 输出文件夹（--out 可临时改）
# 输出文件在输出文件夹中的位置（不含扩展名）。可用：year 年度、unit 实施单位、project 项目名称、
# department 主管部门、form 表名、layout 版式。
name = "{{{{ year }}}}/{{{{ unit }}}}/{{{{ project }}}}-{{{{ form }}}}"
# document_date = 2025-01-15        # 文件上写的日期（默认今天，--date 优先）
footer = true                       # PDF 每页底部印「第 x 页 共 y 页」
revision = false                    # 修订过的项目，在表下印「修订第 n 版（日期）：原因」

[input]
unit = "元"                          # 项目文件没写「金额单位」时，金额的单位：元 或 万元

[fonts]
# PDF 用的中文 TrueType 字体，先于本机找到的字体使用。Windows 上可写
# pdf = ['C:\\Windows\\Fonts\\simsun.ttc#0']（单引号中的反斜杠不用重复；#0 是字体集中的第几个）
pdf = []

[layouts]
paths = []                          # 另外存放版式文件夹的位置，如 ["我的版式"]

[packet]
name = "{{{{ unit }}}}{{{{ year }}}}年度{{{{ stage }}}}材料"  # stage：绩效目标申报 或 绩效自评
forms = "表格"                              # 材料包中存放各项目表格的子文件夹
single = false                              # true：所有单位合成一个材料包（同 --single）
volume_size = 200                           # 合订 PDF 每册的项目数（第1册、第2册……）
"""


def vscode_settings(existing: str | None) -> str:
    """VS Code settings with ``yaml.schemas`` pointing the folder's YAML at the schema.

    Other settings are kept; a file VS Code wrote with comments (JSONC) cannot be merged
    safely, so :class:`InputError` says what to add by hand.
    """
    data: dict[str, object] = {}
    if existing is not None and existing.strip():
        try:
            data = json.loads(existing)
        except json.JSONDecodeError:
            raise InputError("已有的 VS Code 设置无法读取（可能含注释），未做改动；请手动加入："
                             f'"yaml.schemas": {{"./{SCHEMA_FILE}": {json.dumps(YAML_GLOBS)}}}',
                             file=VSCODE_SETTINGS) from None
        if not isinstance(data, dict):
            raise InputError("已有的 VS Code 设置不是一个对象，未做改动", file=VSCODE_SETTINGS)
    schemas = data.get("yaml.schemas")
    schemas = dict(schemas) if isinstance(schemas, dict) else {}
    schemas[f"./{SCHEMA_FILE}"] = YAML_GLOBS
    data["yaml.schemas"] = schemas
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def init_folder(folder: Path, unit: UnitInfo, layout_paths: tuple[str, ...] = (),
                layout: str | None = None) -> list[Step]:
    """Write (or refresh) the three files in ``folder``; return what was done to each."""
    from perfdocs.files.writing import write_atomic

    if folder.exists() and not folder.is_dir():
        raise InputError("不是文件夹", file=folder)
    steps: list[Step] = []
    settings = folder / SETTINGS_FILE
    if settings.exists():
        steps.append(Step(settings, "保留", "已有设置文件，未改动"))
    else:
        write_atomic(settings, settings_text(unit, layout).encode("utf-8"))
        steps.append(Step(settings, "写入"))
    schema = folder / SCHEMA_FILE
    action = "更新" if schema.exists() else "写入"
    write_atomic(schema, json_schema(layout_paths).encode("utf-8"))
    steps.append(Step(schema, action))
    vscode = folder / VSCODE_SETTINGS
    try:
        existing = vscode.read_text(encoding="utf-8-sig") if vscode.exists() else None
    except UnicodeDecodeError:
        raise InputError("无法读取：不是 UTF-8 编码", file=vscode) from None
    except OSError as exc:
        from perfdocs.files.oserrors import reason

        raise InputError(f"无法读取：{reason(exc)}", file=vscode) from None
    try:
        text = vscode_settings(existing)
    except InputError as exc:
        steps.append(Step(vscode, "保留", exc.message))
    else:
        write_atomic(vscode, text.encode("utf-8"))
        steps.append(Step(vscode, "更新" if existing is not None else "写入"))
    return steps
