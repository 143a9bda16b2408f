"""``perfdocs serve [FOLDER]``: start the workbench on this machine and open it.

Only click is imported here; Starlette and uvicorn come with ``pip install
"perfdocs[serve]"`` and are imported when the command runs, so ``perfdocs --help`` stays
fast and a missing extra is a Chinese sentence saying what to install, not a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from perfdocs.cli.common import guarded
from perfdocs.files.oserrors import reason

NEEDED = ("starlette", "uvicorn")
LOCAL = "127.0.0.1"


def missing_parts() -> list[str]:
    """The extra's libraries that are not installed."""
    import importlib.util

    missing = []
    for name in NEEDED:
        try:
            found = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            missing.append(name)
    return missing


@click.command("serve")
@click.argument("folder", required=False, default=".",
                type=click.Path(file_okay=False, dir_okay=True, exists=True))
@click.option("--port", "-p", type=click.IntRange(0, 65535), default=8765, show_default=True,
              help="端口（0 表示任选一个空闲端口）。")
@click.option("--host", metavar="ADDRESS", default=None,
              help="监听地址（默认只监听本机 127.0.0.1）。设为其他地址时，"
                   "同一网络中的人凭网址中的令牌即可访问。")
@click.option("--no-browser", is_flag=True, help="不自动打开浏览器。")
@click.pass_context
@guarded
def serve(ctx: click.Context, folder: str, port: int, host: str | None,
          no_browser: bool) -> None:
    """在浏览器中填写、校验、预览项目文件并生成材料包（本机网页工作台）。"""
    missing = missing_parts()
    if missing:
        raise click.ClickException(
            f"perfdocs serve 需要额外的组件（缺少 {'、'.join(missing)}）：请先运行\n"
            '    pip install "perfdocs[serve]"')
    root = Path(folder).resolve()
    settings = _settings(ctx, root)
    bind = host or LOCAL
    if host is not None and not _is_loopback(host):
        click.echo(f"警告：工作台将监听 {host}，不只是本机：同一网络中拿到网址（含令牌）的人都能"
                   "读取和修改这个文件夹中的项目文件。只在可信的网络中这样做。", err=True)
    run(root, settings, bind, port, open_browser=not no_browser)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    import ipaddress  # a --host only: not at every start-up (--help lists this command)

    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _settings(ctx: click.Context, root: Path) -> Any:
    """``--config`` when given, else the served folder's perfdocs.toml, else defaults."""
    from perfdocs.loading.settings import SETTINGS_FILE, load_settings

    parent = ctx.find_root().obj
    config = parent.get("config") if isinstance(parent, dict) else None
    if config is None and (root / SETTINGS_FILE).is_file():
        config = str(root / SETTINGS_FILE)
    return load_settings(config)


def _own_names() -> set[str]:
    import socket

    try:
        name, aliases, addresses = socket.gethostbyname_ex(socket.gethostname())
    except OSError:
        return set()
    return {name, *aliases, *addresses}


def run(root: Path, settings: Any, host: str, port: int, *, open_browser: bool) -> None:
    """Serve until Ctrl+C; print the address (with this run's token) once listening."""
    import socket

    import uvicorn

    from perfdocs.serve.app import Secrets, create_app
    from perfdocs.serve.workbench import Workbench

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError as exc:
        sock.close()
        raise click.ClickException(
            f"无法监听 {host}:{port}（{reason(exc)}）：端口可能已被占用，"
            "请用 --port 换一个端口（--port 0 表示任选）") from None
    port = sock.getsockname()[1]
    keys = Secrets()
    shown_host = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    netloc = f"[{shown_host}]:{port}" if ":" in shown_host else f"{shown_host}:{port}"
    hosts = {f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}", netloc}
    if host in ("0.0.0.0", "::"):  # every address of this machine may be the one asked
        hosts |= {f"{name}:{port}" for name in _own_names()}
    origins = {f"http://{h}" for h in hosts}
    app = create_app(Workbench(root, settings), keys, hosts=hosts, origins=origins,
                     cookie=f"perfdocs-{port}")
    url = f"http://{netloc}/?token={keys.token}"
    click.echo(f"perfdocs 工作台：{url}\n服务的文件夹：{root}\n按 Ctrl+C 停止。")
    if open_browser:
        import threading
        import webbrowser

        threading.Timer(0.8, lambda: webbrowser.open(url)).start()
    config = uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False)
    server = uvicorn.Server(config)
    server.run(sockets=[sock])
