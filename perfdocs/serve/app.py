"""The workbench's web application: pages, the JSON calls behind them, downloads.

Starlette routes over a :class:`~perfdocs.serve.workbench.Workbench`; pages are Jinja
templates rendered on the server (autoescaped), with a small hand-written script per page
(``static/``). Everything passes :class:`~perfdocs.serve.guard.Guard` first. Every call
that changes something is a POST with a JSON body; GETs only read.
"""

from __future__ import annotations

import json
import secrets
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from perfdocs.errors import PerfdocsError
from perfdocs.serve.checks import waiting_forms
from perfdocs.serve.drafts import DraftRefused
from perfdocs.serve.fields import (
    arranged,
    choice_box,
    editor_layout,
    indicator_rows,
    level_names,
    pairs_text,
    records,
    spare_columns,
    value_at,
)
from perfdocs.serve.guard import MAX_BODY, Guard
from perfdocs.serve.jobs import Jobs
from perfdocs.serve.paths import PathRefused
from perfdocs.serve.workbench import Conflict, EarlyEvaluation, Workbench, output_formats

HERE = Path(__file__).parent
FORMATS = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
           "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
           "pdf": "application/pdf"}
PREVIEWS = {"pdf": "application/pdf", "html": "text/html; charset=utf-8"}
"""Formats shown inside the preview page (``inline=1``)."""
PREVIEW_POLICY = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                  "frame-ancestors 'self'; base-uri 'none'; form-action 'none'")
"""The HTML form runs no script and loads nothing; its inline styles are all it needs."""
STAGES = ("申报", "自评")


class Secrets:
    """This run's token (in the URL the CLI prints) and the pages' CSRF token."""

    def __init__(self) -> None:
        self.token = secrets.token_urlsafe(24)
        self.csrf = secrets.token_urlsafe(24)


def create_app(workbench: Workbench, keys: Secrets, *, hosts: set[str], origins: set[str],
               cookie: str, max_body: int = MAX_BODY) -> Guard:
    """The guarded ASGI application serving ``workbench``."""
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.filters["tojson_attr"] = lambda value: json.dumps(value, ensure_ascii=False)
    env.filters["json_script"] = json_script
    env.globals["quote"] = lambda text: quote(str(text), safe="")
    env.globals["arranged"] = arranged
    env.globals["pairs_text"] = pairs_text
    env.globals["records"] = records
    env.globals["choice_box"] = choice_box
    env.globals["spare_columns"] = spare_columns
    pages = Pages(workbench, keys, env, Jobs())
    routes = [
        Route("/", pages.index),
        Route("/edit", pages.edit),
        Route("/preview", pages.preview),
        Route("/file", pages.file),
        Route("/packet-zip", pages.packet_zip),
        Route("/api/projects", pages.api_projects),
        Route("/api/check", pages.api_check, methods=["POST"]),
        Route("/api/save", pages.api_save, methods=["POST"]),
        Route("/api/new", pages.api_new, methods=["POST"]),
        Route("/api/evaluate-init", pages.api_evaluate_init, methods=["POST"]),
        Route("/api/packet", pages.api_packet, methods=["POST"]),
        Route("/api/jobs/{job_id}", pages.api_job),
        Mount("/static", app=StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(routes=routes, exception_handlers={404: _not_found})
    return Guard(app, token=keys.token, csrf=keys.csrf, hosts=hosts, origins=origins,
                 cookie=cookie, max_body=max_body)


def json_script(value: Any) -> Any:
    """``value`` as JSON to embed in a ``<script type="application/json">``, keys in their
    order (Jinja's own ``tojson`` sorts them, which would reorder the file on save)."""
    from markupsafe import Markup

    text = json.dumps(value, ensure_ascii=False)
    for char, escape in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                         ("'", "\\u0027")):
        text = text.replace(char, escape)
    return Markup(text)


async def _not_found(request: Request, exc: Exception) -> Response:
    return HTMLResponse("<!doctype html><meta charset=utf-8><p>页面不存在。</p>", 404)


def _error(message: str, status: int = 400, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": message, **extra}, status)


async def _json(request: Request) -> dict[str, Any]:
    try:
        data = json.loads(await request.body())
    except (ValueError, UnicodeDecodeError):
        raise DraftRefused("请求内容不是有效的 JSON") from None
    if not isinstance(data, dict):
        raise DraftRefused("请求内容应是一个 JSON 对象")
    return data


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise DraftRefused(f"「{key}」应是文字")
    return value


class Pages:
    """The request handlers, sharing the workbench and the templates."""

    def __init__(self, workbench: Workbench, keys: Secrets, env: Any, jobs: Jobs) -> None:
        self.wb = workbench
        self.keys = keys
        self.env = env
        self.jobs = jobs

    def page(self, template_name: str, status: int = 200, **context: Any) -> HTMLResponse:
        template = self.env.get_template(template_name)
        html = template.render(csrf=self.keys.csrf, folder=str(self.wb.root), **context)
        return HTMLResponse(html, status)

    def lines(self, exc: PerfdocsError, name: str = "") -> list[str]:
        """The findings as the CLI prints them, a file of the served folder named as the list
        names it (``2024/项目.yaml:12``, not by its full path on this computer); a layout's or
        perfdocs.toml's outside it keep their own."""
        from perfdocs.records import replace

        try:
            where = str(self.wb.path(name)) if name else None
        except PathRefused:
            where = None
        return [(replace(d, file=name) if where and d.file == where
                 else replace(d, file=self._inside(d.file)) if d.file else d).format()
                for d in exc.all_diagnostics()]

    def _inside(self, file: str) -> str:
        """``file`` relative to the served folder when it lies inside it, else as it is."""
        try:
            return Path(file).relative_to(self.wb.root).as_posix()
        except ValueError:
            return file

    def message(self, exc: Exception, name: str = "") -> str:
        """What an API answer or the problem page says of ``exc``: :meth:`lines`, one a
        line (live check, save, new, 添加自评: tester9's full paths)."""
        if isinstance(exc, PerfdocsError):
            return "\n".join(self.lines(exc, name))
        return str(exc)

    def problem(self, message: str, status: int = 400) -> HTMLResponse:
        return self.page("problem.html", status, message=message)

    # -- pages -------------------------------------------------------------------------
    async def index(self, request: Request) -> Response:
        from starlette.concurrency import run_in_threadpool

        rows, cut = await run_in_threadpool(self.wb.rows)
        year = request.query_params.get("year", "")
        unit = request.query_params.get("unit", "")
        years = sorted({r.year for r in rows if r.year}, reverse=True)
        units = sorted({r.unit for r in rows if r.unit})
        shown = [r for r in rows if (not year or r.year == year) and (not unit or r.unit == unit)]
        own = self.wb.settings.unit  # 新建项目 starts from [unit], as `perfdocs new` does
        return self.page("list.html", rows=shown, all=len(rows), cut=cut, years=years,
                         units=units, year=year, unit=unit, new_department=own.department,
                         new_unit=unit or own.name)

    async def edit(self, request: Request) -> Response:
        from starlette.concurrency import run_in_threadpool

        name = request.query_params.get("path", "")
        try:
            opened, checked = await run_in_threadpool(self.wb.open, name)
        except (PathRefused, PerfdocsError) as exc:
            return self.problem(self.message(exc, name),
                                404 if isinstance(exc, PathRefused) else 400)
        if opened.tree is None:
            return self.page("unreadable.html", name=name,
                             messages=checked.messages())
        tree = opened.tree
        used = await run_in_threadpool(self._used_levels)
        layout = checked.layout or self.wb.layout_for(tree)  # the file may not load
        tables = {}
        for section in ("申报", "自评"):
            loc = (section, "绩效指标")
            tables[section] = {"rows": indicator_rows(tree, loc),
                               "levels": level_names(tree, loc, layout, used.get(section, {}))}
        forms = _form_names(layout, tree)
        waiting = waiting_forms(checked, layout)
        return self.page(
            "editor.html", name=name, opened=opened, tree=tree, nodes=editor_layout(),
            value_at=value_at, tables=tables, checked=checked, forms=forms, layout=layout,
            layouts=_layout_names(self.wb), money_unit=_money_unit(tree, self.wb),
            rate_label=_rate_label(layout), sub_row_score=_sub_row_score(layout),
            waiting=waiting,
            state={"path": name, "hash": opened.hash, "tree": tree, "waiting": waiting,
                   "messages": checked.messages(), "figures": checked.figures,
                   "levels": {s: t["levels"] for s, t in tables.items()}})

    def _used_levels(self) -> dict[str, dict[str, list[str]]]:
        """一级 → 二级 names the folder's files use, per section (choices in the editor)."""
        from perfdocs.loading.source import load_source
        from perfdocs.serve.paths import project_files

        out: dict[str, dict[str, list[str]]] = {}
        files, _cut = project_files(self.wb.root, skip=(self.wb.out,))
        for path in files[:200]:
            try:
                data = load_source(path).data
            except PerfdocsError:
                continue
            for section in ("申报", "自评"):
                groups = value_at(data, (section, "绩效指标"))
                if not isinstance(groups, dict):
                    continue
                for level1, level2s in groups.items():
                    names = out.setdefault(section, {}).setdefault(str(level1), [])
                    if isinstance(level2s, dict):
                        names += [str(k) for k in level2s if str(k) not in names]
        return out

    async def preview(self, request: Request) -> Response:
        from starlette.concurrency import run_in_threadpool

        name = request.query_params.get("path", "")
        kind = request.query_params.get("form", "")
        try:
            prepared, kinds, note = await run_in_threadpool(self.wb.forms, name)
        except PathRefused as exc:
            return self.problem(str(exc), 404)
        except PerfdocsError as exc:
            return self.page("problem.html", 422, message="此文件有错误，不能预览：",
                             lines=self.lines(exc, name), back=name)
        # a file whose other part is unfinished: its forms wait, named beside the note
        waiting = [k for k in prepared.layout.forms if k not in kinds] if note else []
        kind = kind if kind in kinds else (kinds[0] if kinds else "")
        shown = "html" if "html" in output_formats() else "pdf"
        # the heading names the project as the form shown prints it (a 自评表: 自评.项目名称)
        form = prepared.layout.forms.get(kind)
        return self.page("preview.html", name=name, kind=kind, kinds=kinds, shown=shown,
                         note=note, waiting=waiting,
                         title=prepared.project.name_in(form.section if form else None))

    async def file(self, request: Request) -> Response:
        from starlette.concurrency import run_in_threadpool

        name = request.query_params.get("path", "")
        kind = request.query_params.get("form", "")
        fmt = request.query_params.get("format", "")
        inline = request.query_params.get("inline") == "1" and fmt in PREVIEWS
        if fmt not in FORMATS and not (inline and fmt in output_formats()):
            return self.problem(f"不支持的格式「{fmt}」（可用：xlsx、docx、pdf）")
        try:
            data, filename = await run_in_threadpool(self.wb.render, name, kind, fmt)
        except PathRefused as exc:
            return self.problem(str(exc), 404)
        except PerfdocsError as exc:
            return self.page("problem.html", 422, message=f"此文件有错误，不能生成{kind}：",
                             lines=self.lines(exc, name), back=name)
        disposition = "inline" if inline else "attachment"
        headers = {"content-disposition": f"{disposition}; filename*=UTF-8''{quote(filename)}"}
        if fmt == "html":  # the form's own page: its styles inline, nothing else
            headers["content-security-policy"] = PREVIEW_POLICY
        return Response(data, media_type=PREVIEWS.get(fmt) or FORMATS[fmt], headers=headers)

    async def packet_zip(self, request: Request) -> Response:
        job = self.jobs.get(request.query_params.get("job", ""))
        try:
            index = int(request.query_params.get("n", ""))
            folder = job.folders[index] if job is not None else None
        except (ValueError, IndexError):
            folder = None
        if folder is None:
            return self.problem("没有这个材料包", 404)
        zipped = folder.with_name(folder.name + ".zip")
        if not zipped.is_file():
            return self.problem("材料包的 zip 文件已不存在", 404)
        from starlette.responses import FileResponse

        header = f"attachment; filename*=UTF-8''{quote(zipped.name)}"
        return FileResponse(zipped, media_type="application/zip",
                            headers={"content-disposition": header})

    # -- JSON calls --------------------------------------------------------------------
    async def api_projects(self, request: Request) -> Response:
        """The list's rows as data (what the list page shows)."""
        from starlette.concurrency import run_in_threadpool

        from perfdocs.records import asdict

        rows, cut = await run_in_threadpool(self.wb.rows)
        return JSONResponse({"projects": [asdict(r) for r in rows], "cut": cut})

    async def api_check(self, request: Request) -> Response:
        from starlette.concurrency import run_in_threadpool

        name = ""
        try:
            data = await _json(request)
            name = _text(data, "path")
            checked = await run_in_threadpool(self.wb.check, name,
                                              _text(data, "hash"), data.get("tree"))
        except (PathRefused, DraftRefused) as exc:
            return _error(str(exc), 404 if isinstance(exc, PathRefused) else 400)
        except PerfdocsError as exc:
            return _error(self.message(exc, name), 422)
        return JSONResponse({"messages": checked.messages(), "figures": checked.figures,
                             "errors": checked.errors, "warnings": checked.warnings})

    async def api_save(self, request: Request) -> Response:
        from starlette.concurrency import run_in_threadpool

        name = ""
        try:
            data = await _json(request)
            name = _text(data, "path")
            opened, checked = await run_in_threadpool(
                lambda: self.wb.save(name, _text(data, "hash"),
                                     data.get("tree"), force=data.get("force") is True))
        except Conflict as exc:
            return _error("文件在打开后已被其他程序修改。", 409, diff=exc.diff,
                          disk_hash=exc.disk_hash)
        except (PathRefused, DraftRefused) as exc:
            return _error(str(exc), 404 if isinstance(exc, PathRefused) else 400)
        except PerfdocsError as exc:
            return _error(self.message(exc, name), 422)
        layout = checked.layout or (self.wb.layout_for(opened.tree)
                                    if opened.tree is not None else None)
        return JSONResponse({"hash": opened.hash, "tree": opened.tree,
                             "waiting": waiting_forms(checked, layout),
                             "messages": checked.messages(), "figures": checked.figures,
                             "errors": checked.errors, "warnings": checked.warnings})

    async def api_new(self, request: Request) -> Response:
        from starlette.concurrency import run_in_threadpool

        try:
            data = await _json(request)
            year = int(_text(data, "year").strip() or "0")
            name = await run_in_threadpool(
                self.wb.create, _text(data, "file"), _text(data, "name"),
                _text(data, "department"), _text(data, "unit"), year)
        except ValueError as exc:
            return _error(str(exc) if isinstance(exc, (PathRefused, DraftRefused))
                          else "年度应是四位数字", 400)
        except PerfdocsError as exc:
            return _error(self.message(exc), 422)
        return JSONResponse({"path": name, "url": f"/edit?path={quote(name)}"})

    async def api_evaluate_init(self, request: Request) -> Response:
        """「添加自评」, as ``perfdocs evaluate-init``: a year not yet ended is refused and
        offered 「确要现在添加」 (``force``, the CLI's --force); its 注意 said with the count."""
        from starlette.concurrency import run_in_threadpool

        name = ""
        try:
            data = await _json(request)
            name = _text(data, "path")
            count, early = await run_in_threadpool(
                lambda: self.wb.evaluate_init(name, force=data.get("force") is True))
        except (PathRefused, DraftRefused) as exc:
            return _error(str(exc), 400)
        except EarlyEvaluation as exc:
            return _error(self.message(exc, name), 422, confirm="确要现在添加")
        except PerfdocsError as exc:
            return _error(self.message(exc, name), 422)
        message = f"已添加自评部分（{count} 个指标），请填写空项。"
        return JSONResponse({"count": count, "note": early,
                             "message": message + (f"注意：{early}" if early else "")})

    async def api_packet(self, request: Request) -> Response:
        try:
            data = await _json(request)
            stage = _text(data, "stage")
            names = data.get("paths")
            if stage not in STAGES:
                raise DraftRefused(f"阶段应为 {'、'.join(STAGES)} 之一")
            if not isinstance(names, list) or not names or len(names) > 2000 \
                    or not all(isinstance(n, str) for n in names):
                raise DraftRefused("请选择要打包的项目")
            job = self.jobs.start(self.wb, names, stage, _packet_day(data.get("date")))
        except (PathRefused, DraftRefused) as exc:
            return _error(str(exc), 400)
        return JSONResponse(job.as_dict(self.wb))

    async def api_job(self, request: Request) -> Response:
        job = self.jobs.get(request.path_params["job_id"])
        if job is None:
            return _error("没有这个任务", 404)
        return JSONResponse(job.as_dict(self.wb))


def _packet_day(value: Any) -> date | None:
    """The packet's cover date from the request (``perfdocs packet --date``, read by the
    same parser); none or empty: the settings' date, else today."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise DraftRefused("日期应写成 YYYY-MM-DD，如 2025-03-01")
    from perfdocs.loading.settings import parse_day

    try:
        return parse_day(value)
    except ValueError as exc:
        raise DraftRefused(str(exc)) from None


def _form_names(layout: Any, tree: Any) -> list[tuple[str, bool]]:
    """The layout's forms and whether the file writes the part each prints (its preview
    explains what the form still waits for)."""
    if layout is None:
        return []
    return [(kind, value_at(tree, (form.section,)) is not None)
            for kind, form in layout.forms.items()]


def _rate_label(layout: Any) -> str:
    """The 执行率 column's head as the layout's 自评表 prints it (「执行率」, hubei's
    「执行率（B/A）」): the values beside it are the form's own, 「90.00%」, so not
    「执行率(%)」 over 「90.00%」 (tester10 #9)."""
    from perfdocs.layouts.layout import selfeval_form

    form = selfeval_form(layout) if layout is not None else None
    if form is None:
        return "执行率"
    return "".join(form.label("rate").split())


def _sub_row_score(layout: Any) -> str:
    """What the layout's 自评表 prints under 得分 on a 其中 row of 项目资金: its own words
    (``display.sub_row_score``, else ``not_applicable``: 「—」 on the national form), as the
    form builder puts them, not a hyphen of the page's own (tester11 F6)."""
    from perfdocs.layouts.layout import selfeval_form

    form = selfeval_form(layout) if layout is not None else None
    display = form.display if form is not None else None
    return "—" if display is None else display.sub_row_score_text


def _layout_names(workbench: Workbench) -> list[str]:
    from perfdocs.layouts.layout import available

    try:
        return list(available(workbench.settings.layout_paths))
    except PerfdocsError:
        return []


def _money_unit(tree: Any, workbench: Workbench) -> str:
    unit = value_at(tree, ("金额单位",))
    return unit if unit in ("元", "万元") else workbench.settings.input_unit
