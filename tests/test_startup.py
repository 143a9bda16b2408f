"""What a new process imports and compiles before it can answer (issue 20.2): each format
pulls in only its own library, and reportlab's URL pattern waits until something uses it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import sysconfig
from pathlib import Path

from conftest import SMALL_PROJECT

ROOT = Path(__file__).resolve().parent.parent
SITE_PATHS = [str(ROOT), sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]
"""With ``python -S`` (no site hooks, which may import string early): perfdocs and its
libraries."""
HEAVY = ("openpyxl", "docx", "reportlab", "pydantic", "yaml", "jinja2", "lxml", "PIL")


def imported_after(args: list[str], cwd: Path,
                   env: dict[str, str] | None = None) -> dict[str, object]:
    """Run ``perfdocs ARGS`` in a new interpreter; which heavy libraries it imported and
    its exit status."""
    code = ("import sys, json\nfrom perfdocs.cli import main\n"
            "try:\n    main(sys.argv[1:])\nexcept SystemExit as exc:\n    status = exc.code\n"
            f"heavy = sorted({{m.split('.')[0] for m in sys.modules}} & set({list(HEAVY)!r}))\n"
            "print(json.dumps({'status': status, 'heavy': heavy}))\n")
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          cwd=cwd, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
                                        "PERFDOCS_FONT_CACHE": "off", **(env or {})},
                          check=False)
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_an_xlsx_render_loads_no_word_and_no_pdf_library(tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text(SMALL_PROJECT, encoding="utf-8")
    found = imported_after(["render", "p.yaml", "-f", "xlsx", "-o", "out"], tmp_path)
    assert found["status"] in (0, None)
    assert not {"reportlab", "docx", "PIL"} & set(found["heavy"]), found  # type: ignore[arg-type]


def test_a_pdf_render_loads_no_word_and_no_excel_library(tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text(SMALL_PROJECT, encoding="utf-8")
    found = imported_after(["render", "p.yaml", "-f", "pdf", "-o", "out", "--form", "自评表"],
                           tmp_path)
    assert found["status"] in (0, None)
    assert not {"openpyxl", "docx"} & set(found["heavy"]), found  # type: ignore[arg-type]


def test_reportlab_url_pattern_is_compiled_when_used_and_matches_the_same() -> None:
    """perfdocs keeps reportlab.platypus.paragraph from compiling ``uri_pat`` at import
    (20–30 ms); used, it is the same pattern with the same matches."""
    code = (
        "import re, json, perfdocs.render.pdf\n"
        "from reportlab.platypus import paragraph\n"
        "lazy = paragraph.uri_pat\n"
        "deferred = type(lazy).__name__ != 'Pattern'\n"
        "urls = ['http://example.com/a/b', 'https://政府.中国/x?y=1', 'ftp://1.2.3.4:21/',\n"
        "        'not a uri', 'HTTP://LOCALHOST', 'mailto:x@y.cn', 'http://-bad.com']\n"
        "got = [m.groups() if (m := lazy.match(u)) else None for u in urls]\n"
        "print(json.dumps({'deferred': deferred, 'pattern': lazy.pattern, 'flags': lazy.flags,\n"
        "                  'got': got}))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    found = json.loads(done.stdout)
    assert found["deferred"]
    real = re.compile(found["pattern"], found["flags"])
    urls = ["http://example.com/a/b", "https://政府.中国/x?y=1", "ftp://1.2.3.4:21/",
            "not a uri", "HTTP://LOCALHOST", "mailto:x@y.cn", "http://-bad.com"]
    expected = [list(m.groups()) if (m := real.match(u)) else None for u in urls]
    assert found["got"] == expected
    assert found["flags"] & re.IGNORECASE


def test_help_loads_no_heavy_library(tmp_path: Path) -> None:
    """``perfdocs --help`` (and a command's ``--help``) answers with click alone: no
    pydantic, Jinja, YAML, reportlab or office library (issue 20.2: ≤ 80 ms)."""
    for args in (["--help"], ["render", "--help"], ["packet", "--help"]):
        found = imported_after(args, tmp_path)
        assert found["status"] in (0, None)
        assert found["heavy"] == [], (args, found)


def test_a_pdf_render_with_a_checked_layout_loads_no_jinja(tmp_path: Path) -> None:
    """The second run of a layout takes it from the per-user cache of checked layouts, and
    its plain ``{{ name }}`` texts (titles, sheet and file names) are filled in without
    Jinja; the project file is still checked every run, by the validator kept per user
    into plain twins (perfdocs.loading.project), so pydantic's package is not imported."""
    (tmp_path / "p.yaml").write_text(SMALL_PROJECT, encoding="utf-8")
    cache = {"PERFDOCS_CHECKED_CACHE": str(tmp_path / "layouts")}
    args = ["render", "p.yaml", "-f", "pdf", "-o", "out", "--form", "自评表", "--no-cache"]
    first = imported_after(args, tmp_path, cache)
    second = imported_after(args, tmp_path, cache)
    assert first["status"] in (0, None) and second["status"] in (0, None)
    assert "pydantic" in first["heavy"]  # type: ignore[operator]  # the first run checks
    assert "pydantic" not in second["heavy"] and "yaml" in second["heavy"]  # type: ignore[operator]
    assert "jinja2" not in second["heavy"], second  # type: ignore[operator]
    assert (tmp_path / "out").is_dir()


def _modules_after(code: str) -> list[str]:
    """``sys.modules`` (perfdocs' and click's) after running ``code`` in a new interpreter."""
    probe = code + ("\nimport sys, json\nprint(json.dumps(sorted(m for m in sys.modules "
                    "if m.startswith(('perfdocs', 'click')))))\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
                          check=True)
    found: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


LATER = ("perfdocs.cli.scaffold", "perfdocs.cli.asking", "perfdocs.cli.audit",
         "perfdocs.cli.summary", "perfdocs.cli.status", "perfdocs.serve.command",
         "perfdocs.cli.layout", "perfdocs.cli.init", "perfdocs.cli.template",
         "perfdocs.cli.example", "perfdocs.cli.selfreport",
         "click.shell_completion", "click._termui_impl")


def test_the_command_line_imports_only_the_command_it_runs() -> None:
    """``import perfdocs.cli`` (what ``perfdocs render`` starts with) imports neither the
    modules of the other commands nor click's completion and pager modules; naming a
    command imports its module, and ``--help`` still lists every command."""
    loaded = _modules_after("import perfdocs.cli")
    assert not set(LATER) & set(loaded), set(LATER) & set(loaded)
    named = _modules_after("from perfdocs.cli.app import main\nmain.commands.get('new')")
    assert "perfdocs.cli.scaffold" in named and "perfdocs.serve.command" not in named
    from perfdocs.cli.app import LATER_COMMANDS, main

    listed = list(main.commands)
    assert set(LATER_COMMANDS) <= set(listed)
    assert listed[:5] == ["render", "validate", "schema", "layouts", "packet"]


def test_click_modules_imported_later_still_speak_chinese() -> None:
    """click's completion and pager modules, left alone at start-up, get the Chinese
    catalogue when something imports them (a completion run, a prompt) after the click
    group (perfdocs.cli.app, which every command but the overview loads) is imported."""
    code = ("import perfdocs.cli.app, json\n"
            "import click.shell_completion as s, click._termui_impl as t\n"
            "print(json.dumps([s._('Shell completion is not supported for Bash versions "
            "older than 4.4.'), t._('{editor}: Editing failed')]))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
                          check=True)
    assert json.loads(done.stdout) == ["Bash 4.4 以下的版本不支持命令补全。", "{editor}：编辑失败"]


def test_help_is_laid_out_without_textwrap() -> None:
    """``perfdocs --help`` writes its usage line itself when it fits (textwrap compiles
    its patterns at import); a usage line too long for the terminal still wraps."""
    code = ("import io, sys, contextlib\nfrom perfdocs.cli.app import main\n"
            "out = io.StringIO()\n"
            "try:\n    with contextlib.redirect_stdout(out):\n        main(['render', '--help'])\n"
            "except SystemExit:\n    pass\n"
            "print(out.getvalue().splitlines()[0])\n"
            "print('textwrap' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
                                         "COLUMNS": "80"}, check=True)
    usage, loaded = done.stdout.splitlines()[-2:]
    assert usage.startswith("用法: ") and usage.endswith("render [选项] 文件...")
    assert loaded == "False"


def test_a_usage_line_reads_as_clicks_own() -> None:
    """The usage line written without textwrap is click's, at every width, and one that
    does not fit (or has tabs, double spaces) is still wrapped by click."""
    import click

    from perfdocs.cli.zh import ChineseHelpFormatter, install

    install()
    cases = ["[选项] 文件...", "[OPTIONS] FILES...", "a  b", "x\ty", "  lead",
             " ".join(f"--option-{n} 值" for n in range(12)), ""]
    for width in (20, 50, 62, 80, 120):
        for indent in (0, 2):
            for args in cases:
                for prefix in (None, "或: "):
                    ours, theirs = ChineseHelpFormatter(width=width), click.HelpFormatter(width=width)
                    for formatter in (ours, theirs):
                        formatter.current_indent = indent
                        formatter.write_usage("perfdocs render", args, prefix)
                    assert ours.getvalue() == theirs.getvalue(), (width, indent, args, prefix)


def test_yaml_reader_pattern_is_compiled_when_used_and_matches_the_same() -> None:
    """``import perfdocs`` keeps PyYAML's reader from compiling its class of printable
    characters at import (≈ 4.5 ms; libyaml, which perfdocs reads with, checks them
    itself); used by the pure-Python reader, it is the same pattern with the same matches."""
    code = (
        "import json, perfdocs, yaml\n"
        "lazy = yaml.reader.Reader.NON_PRINTABLE\n"
        "deferred = type(lazy).__name__ != 'Pattern'\n"
        "texts = ['项目名称: 甲', 'a\\x07b', 'tab\\tok', '\\ufeffbom', 'x\\x85y', '\\ud800', 'ok']\n"
        "got = [[m.start(), m.group()] if (m := lazy.search(t)) else None for t in texts]\n"
        "try:\n    yaml.load('a: \\x07', Loader=yaml.Loader)\n    error = ''\n"
        "except yaml.reader.ReaderError as exc:\n    error = str(exc)\n"
        "print(json.dumps({'deferred': deferred, 'pattern': lazy.pattern, 'got': got,\n"
        "                  'error': error}))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
                          check=True)
    found = json.loads(done.stdout)
    assert found["deferred"]
    real = re.compile(found["pattern"])
    texts = ["项目名称: 甲", "a\x07b", "tab\tok", "\ufeffbom", "x\x85y", "\ud800", "ok"]
    assert found["got"] == [[m.start(), m.group()] if (m := real.search(t)) else None
                            for t in texts]
    assert "#x0007" in found["error"]


YAML_SCALARS = [
    "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "false", "FALSE", "on", "Off", "y",
    "n", "~", "null", "Null", "NULL", "", "1", "-1", "+12", "0b1010", "0o17", "017", "0x1F",
    "1_000", "190:20:30", "1.5", "-1.5e+3", "1e3", ".5", "6.8523015e+5", "685.230_15e+03",
    ".inf", "-.Inf", ".NaN", "2001-12-14", "2001-12-14t21:59:43.10-05:00",
    "2001-12-14 21:59:43.10 -5", "2001-12-15T02:59:43.1Z", "2002-1-1", "2001-12-14 21:59",
    "<<", "=", "!", "&", "*", "12.5万", "100%", "≥95%", "0.0", "1,000", "项目",
]
"""Plain scalars of every implicit tag PyYAML resolves (and near misses)."""

YAML_CODE = """
import json, sys
first = sys.argv[1]
if first == 'perfdocs':
    import perfdocs, yaml  # perfdocs first: the resolver's patterns wait until used
else:
    import yaml, perfdocs  # yaml first: compiled at its import, as without perfdocs
from perfdocs.loading.source import parse_text
scalars = json.loads(sys.argv[2])
deferred = [type(rx).__name__ != 'Pattern' for _, rx in
            yaml.resolver.Resolver.yaml_implicit_resolvers['y']]
deferred.append(type(yaml.constructor.SafeConstructor.timestamp_regexp).__name__ != 'Pattern')
resolver = yaml.resolver.Resolver()
tags = [resolver.resolve(yaml.ScalarNode, s, (True, False)) for s in scalars]
def load(text, loader):
    try:
        return repr(yaml.load(text, Loader=loader))
    except yaml.YAMLError as exc:
        return type(exc).__name__
values = [[load('a: ' + s, yaml.SafeLoader), load('a: ' + s, yaml.CSafeLoader),
           load('[' + s + ']', yaml.SafeLoader)] for s in scalars]
source = parse_text('\\n'.join(f'k{i}: {s}' for i, s in enumerate(scalars) if s not in '<<!&*')
                    + '\\n', 'p.yaml')
print(json.dumps({'deferred': deferred, 'tags': tags, 'values': values,
                  'source': repr(source.data)}))
"""


def test_yaml_implicit_tags_resolve_the_same_with_their_patterns_deferred() -> None:
    """``import perfdocs`` before PyYAML keeps the resolver's implicit-tag patterns and the
    constructor's timestamp pattern from being compiled at import (perfdocs' libyaml loader
    uses none of them); used (PyYAML's own loaders, a tag asked of the resolver), each
    gives what PyYAML gives with them compiled at import: the same tag for every kind of
    plain scalar, the same values (timestamps, bools, ints, floats, nulls, yes/no) and the
    same project data read by perfdocs."""
    runs = {}
    for first in ("perfdocs", "yaml"):
        done = subprocess.run([sys.executable, "-c", YAML_CODE, first, json.dumps(YAML_SCALARS)],
                              capture_output=True, text=True, cwd=ROOT, check=True,
                              env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
        runs[first] = json.loads(done.stdout.strip().splitlines()[-1])
    deferred, eager = runs["perfdocs"], runs["yaml"]
    assert all(deferred.pop("deferred")) and not any(eager.pop("deferred"))
    assert deferred == eager
    tags = dict(zip(YAML_SCALARS, eager["tags"], strict=True))
    assert {tags["yes"], tags["NO"], tags["Off"]} == {"tag:yaml.org,2002:bool"}
    assert tags["2001-12-14"] == tags["2001-12-15T02:59:43.1Z"] == "tag:yaml.org,2002:timestamp"
    assert tags["0x1F"] == tags["1_000"] == "tag:yaml.org,2002:int"
    assert tags["-.Inf"] == tags["1.5"] == "tag:yaml.org,2002:float"
    assert tags["~"] == tags[""] == "tag:yaml.org,2002:null"
    assert tags["12.5万"] == tags["2002-1-1"] == "tag:yaml.org,2002:str"


LIBRARY_PATTERNS_CODE = """
import json, sys
if sys.argv[1] == 'deferred':
    import perfdocs, perfdocs.render.pdf  # before string and reportlab's modules
import glob, platform, string, urllib.parse
from reportlab.lib import colors
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen import canvas
if sys.argv[1] != 'deferred':
    import perfdocs, perfdocs.render.pdf
lazy = [type(p).__name__ != 'Pattern' for p in (string.Template.pattern, colors._re_css_func,
                                              colors._re_css_args, pdfdoc._re_cleanparens,
                                              platform._os_release_line,
                                              platform._ironpython_sys_version_parser,
                                              platform._libc_search, glob.magic_check,
                                              glob.magic_check_bytes, urllib.parse._asciire,
                                              canvas.digitPat)]
def attempt(call):
    try:
        return repr(call())
    except Exception as exc:
        return type(exc).__name__ + ': ' + str(exc)
class Percent(string.Template):
    delimiter = '%'
template = string.Template('$a ${b} $$ 项目$c')
results = [
    attempt(lambda: template.substitute(a=1, b='二', c=3)),
    attempt(lambda: template.safe_substitute(a=1)),
    attempt(lambda: string.Template('x\\n $ y').substitute()),
    attempt(lambda: string.Template('${a').substitute(a=1)),
    attempt(lambda: template.get_identifiers()),
    attempt(lambda: string.Template('$1').is_valid()),
    attempt(lambda: Percent('%a %% $a').substitute(a=5)),
    attempt(lambda: string.Template.pattern.pattern),
] + [attempt(lambda t=t: colors.toColor(t)) for t in (
    'rgb(255, 0, 0)', 'rgba(0, 0, 255, 0.5)', 'hsl(120, 100%, 50%)', 'cmyk(0, 1, 1, 0)',
    'rgb(10 20 30 / 50%)', 'rgb(1,2)', 'red', '#00ff00')
] + [attempt(lambda t=t: pdfdoc._isbalanced(t)) for t in ('(a(b)c)', '(()', ')(', 'x')
] + [attempt(call) for call in (
    platform.python_implementation, platform.python_version_tuple, platform.platform,
    platform.libc_ver, platform.freedesktop_os_release, platform.uname,
    lambda: platform._sys_version('2.7.18 (default, Apr 20 2020, 00:00:00) [GCC 9.3.0]'),
    lambda: platform._sys_version('3.9.0 (tags/v3.9.0:9cf6752, Oct  5 2020) [MSC v.1927]'),
    lambda: platform._comparable_version('2.10.1rc2') > platform._comparable_version('2.9'))
] + [attempt(call) for call in (
    lambda: [glob.has_magic(t) for t in ('a*.yaml', 'x[1].yaml', 'plain', b'b?', b'plain')],
    lambda: [glob.escape(t) for t in ('2024/[a]*?.yaml', b'[x]*', 'plain')],
    lambda: glob.glob(glob.escape('data') + '/*'),
    lambda: [urllib.parse.unquote(t) for t in ('%E4%B8%AD%20a', 'abc', '%zz中', '')],
    lambda: urllib.parse.unquote('%E4%B8', errors='replace'),
    lambda: [bool(canvas.digitPat.search(t)) for t in ('ab3', '二〇二四', '')])]
print(json.dumps({'lazy': lazy, 'results': results}))
"""


def test_string_template_and_reportlab_colour_patterns_deferred_work_the_same() -> None:
    """``import perfdocs`` (string, platform, glob, urllib.parse, reportlab's canvas) and
    the PDF package (reportlab's colours and PDF document) leave these patterns until used
    (platform's libc and glob's bytes patterns too); used, they give what they give
    compiled at import: string.Template substitutions and their errors, a subclass's own
    delimiter, CSS colour strings, reportlab's bracket check, platform's answers, glob's
    wildcard checks, escapes and a glob, unquoted URLs, the canvas' digit check."""
    runs = {}
    for how in ("deferred", "eager"):
        done = subprocess.run([sys.executable, "-S", "-c", LIBRARY_PATTERNS_CODE, how],
                              capture_output=True, text=True, cwd=ROOT, check=True,
                              env={"PYTHONPATH": os.pathsep.join(SITE_PATHS),
                                   "PATH": "/usr/bin:/bin"})
        runs[how] = json.loads(done.stdout.strip().splitlines()[-1])
    assert runs["deferred"]["lazy"] == [True] * 11 and runs["eager"]["lazy"] == [False] * 11
    assert runs["deferred"]["results"] == runs["eager"]["results"]
    assert runs["eager"]["results"][0] == "'1 二 $ 项目3'"
    assert runs["eager"]["results"][6] == "'5 % $a'"
    assert "Color(1,0,0,1)" in runs["eager"]["results"][8]


def test_the_machine_tag_of_temporary_files_is_the_host_name_socket_gives() -> None:
    """Writers on one machine must agree on its tag (a leftover of a dead writer on this
    machine is removed at once): the name read without socket is socket's."""
    import socket

    from perfdocs.files.writing import host_name

    assert host_name() == socket.gethostname()


def test_a_render_of_one_file_writes_without_a_thread(tmp_path: Path) -> None:
    """One file has no next file to render while its set is written: no writer thread, so
    concurrent.futures (and the logging it imports) is not loaded; two files still overlap
    the write with the next render on a thread. Both write every file."""
    (tmp_path / "p.yaml").write_text(SMALL_PROJECT, encoding="utf-8")
    (tmp_path / "q.yaml").write_text(SMALL_PROJECT.replace("项目名称: ", "项目名称: 另一"),
                                     encoding="utf-8")
    code = ("import sys, json\nfrom perfdocs.cli import main\n"
            "try:\n    main(sys.argv[1:])\nexcept SystemExit as exc:\n    status = exc.code\n"
            "print(json.dumps({'status': status, 'pool': 'concurrent.futures' in sys.modules}))\n")
    found = []
    for files, out in ((["p.yaml"], "one"), (["p.yaml", "q.yaml"], "two")):
        done = subprocess.run([sys.executable, "-c", code, "render", *files, "-f", "html",
                               "-o", out, "--no-cache", "--jobs", "1"], capture_output=True,
                              text=True, cwd=tmp_path, check=False,
                              env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
                                   "PERFDOCS_FONT_CACHE": "off"})
        found.append(json.loads(done.stdout.strip().splitlines()[-1]))
        made = {path.parent.name + "/" + path.name for path in (tmp_path / out).rglob("*.html")}
        assert len(made) >= len(files), done.stderr  # each project's forms written
    assert found[0] == {"status": 0, "pool": False}
    assert found[1] == {"status": 0, "pool": True}
