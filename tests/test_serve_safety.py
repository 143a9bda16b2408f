"""The workbench's safety rules, each asserted over HTTP (Starlette's TestClient).

A page on any web site can send requests to 127.0.0.1; these tests play that page: no
token, a forged form post, a rebound host name, a path out of the folder, a huge body.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.serve_support import COOKIE, HOST, copy_projects, make_bench

pytest.importorskip("starlette")

PROJECT = "2024/技能评价业务经费.yaml"


@pytest.fixture
def bench(tmp_path: Path):
    return make_bench(copy_projects(tmp_path / "projects"))


def test_every_page_needs_the_token(bench) -> None:
    for url in ("/", f"/edit?path={PROJECT}", "/static/editor.js", "/api/projects",
                f"/file?path={PROJECT}&form=自评表&format=pdf"):
        answer = bench.anonymous.get(url)
        assert answer.status_code == 403, url
        assert "令牌" in answer.text
    wrong = bench.anonymous.get("/", params={"token": "guessed"})
    assert wrong.status_code == 403
    forged = bench.anonymous.get("/", cookies={COOKIE: "guessed"})
    assert forged.status_code == 403


def test_the_token_moves_into_a_strict_cookie_and_leaves_the_url(bench) -> None:
    answer = bench.anonymous.get("/edit", params={"path": PROJECT, "token": bench.keys.token})
    assert answer.status_code == 303
    assert "token" not in answer.headers["location"]
    assert answer.headers["location"].startswith("/edit?path=")
    cookie = answer.headers["set-cookie"]
    assert f"{COOKIE}={bench.keys.token}" in cookie
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert bench.anonymous.get("/").status_code == 200  # the client kept the cookie


def test_a_token_is_never_accepted_in_a_post_url(bench) -> None:
    answer = bench.anonymous.post(f"/api/new?token={bench.keys.token}", json={},
                                  headers={"X-CSRF-Token": bench.keys.csrf})
    assert answer.status_code == 403


def test_a_rebound_host_name_is_refused(bench) -> None:
    answer = bench.client.get("/", headers={"Host": "attacker.example:8765"})
    assert answer.status_code == 400
    assert "主机名" in answer.text


@pytest.mark.parametrize("headers", [
    {},                                                        # no CSRF token
    {"X-CSRF-Token": "forged"},                                # a wrong one
    {"X-CSRF-Token": None, "Origin": "http://attacker.example"},   # right token, other site
    {"X-CSRF-Token": None, "Sec-Fetch-Site": "cross-site"},
])
def test_every_change_needs_the_csrf_token_from_our_own_origin(bench, headers) -> None:
    headers = {k: (bench.keys.csrf if v is None else v) for k, v in headers.items()}
    before = (bench.root / PROJECT).read_bytes()
    state = bench.open(PROJECT)
    for url, body in (("/api/save", {"path": PROJECT, "hash": state["hash"], "tree": {}}),
                      ("/api/new", {"name": "x", "department": "d", "unit": "u",
                                    "year": "2025", "file": "x.yaml"}),
                      ("/api/evaluate-init", {"path": PROJECT}),
                      ("/api/packet", {"stage": "自评", "paths": [PROJECT]})):
        answer = bench.client.post(url, json=body, headers=headers)
        assert answer.status_code == 403, url
    assert (bench.root / PROJECT).read_bytes() == before
    assert not (bench.root / "x.yaml").exists()
    assert not (bench.root / "output").exists()


def test_reading_never_changes_anything(bench) -> None:
    for url in ("/api/save", "/api/new", "/api/evaluate-init", "/api/packet"):
        assert bench.client.get(url).status_code == 405


def test_answers_carry_privacy_headers(bench) -> None:
    answer = bench.client.get("/")
    assert answer.headers["referrer-policy"] == "no-referrer"  # the token stays here
    assert "script-src 'self'" in answer.headers["content-security-policy"]
    assert "frame-ancestors 'self'" in answer.headers["content-security-policy"]
    assert answer.headers["cache-control"] == "no-store"
    assert answer.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("path", ["../outside.yaml", "2024/../../outside.yaml", "/etc/passwd",
                                  "C:/Windows/win.ini", "..\\outside.yaml", "perfdocs.toml",
                                  "2024/missing.yaml", "2024/a\x00.yaml", ""])
def test_paths_stay_inside_the_folder(bench, path) -> None:
    (bench.root.parent / "outside.yaml").write_text("项目名称: 外面\n", encoding="utf-8")
    (bench.root / "perfdocs.toml").write_text("", encoding="utf-8")
    assert bench.client.get("/edit", params={"path": path}).status_code == 404
    assert bench.client.get("/file", params={"path": path, "form": "自评表",
                                             "format": "pdf"}).status_code == 404
    answer = bench.post("/api/save", {"path": path, "hash": "0" * 64, "tree": {}})
    assert answer.status_code == 404
    assert bench.post("/api/evaluate-init", {"path": path}).status_code == 400
    assert (bench.root.parent / "outside.yaml").read_text(encoding="utf-8") == "项目名称: 外面\n"


def test_symlinks_out_of_the_folder_are_not_followed(bench, tmp_path) -> None:
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "p.yaml").write_text((bench.root / PROJECT).read_text(encoding="utf-8"),
                                   encoding="utf-8")
    os.symlink(secret / "p.yaml", bench.root / "link.yaml")
    os.symlink(secret, bench.root / "linked-folder")
    assert bench.client.get("/edit", params={"path": "link.yaml"}).status_code == 404
    assert bench.client.get("/edit", params={"path": "linked-folder/p.yaml"}).status_code == 404
    listed = [p["name"] for p in bench.client.get("/api/projects").json()["projects"]]
    assert "link.yaml" not in listed and not any(n.startswith("linked-folder") for n in listed)
    created = bench.post("/api/new", {"name": "新", "department": "部门", "unit": "单位",
                                      "year": "2025", "file": "linked-folder/new.yaml"})
    assert created.status_code == 400
    assert not (secret / "new.yaml").exists()


def test_a_symlink_inside_the_folder_is_edited_through(bench) -> None:
    os.symlink(bench.root / PROJECT, bench.root / "alias.yaml")
    assert bench.client.get("/edit", params={"path": "alias.yaml"}).status_code == 200


def test_new_project_files_stay_inside_the_folder(bench) -> None:
    for name in ("../evil.yaml", "/tmp/evil.yaml", "sub/../../evil.yaml"):
        answer = bench.post("/api/new", {"name": "新", "department": "部门", "unit": "单位",
                                         "year": "2025", "file": name})
        assert answer.status_code == 400, name
    assert not (bench.root.parent / "evil.yaml").exists()


def test_request_bodies_are_bounded(tmp_path) -> None:
    bench = make_bench(copy_projects(tmp_path / "projects"), max_body=4096)
    big = {"path": PROJECT, "hash": "0" * 64, "tree": {"项目名称": "x" * 10_000}}
    answer = bench.post("/api/check", big)
    assert answer.status_code == 413
    assert "请求过大" in answer.json()["error"]
    small = bench.post("/api/check", {"path": PROJECT, "hash": "0" * 64, "tree": {}})
    assert small.status_code != 413


def test_the_default_body_limit_holds_a_project_but_not_much_more() -> None:
    from perfdocs.loading.source import MAX_FILE_BYTES
    from perfdocs.serve.guard import MAX_BODY

    assert MAX_FILE_BYTES < MAX_BODY <= 2 * MAX_FILE_BYTES


def test_drafts_must_be_project_trees(bench) -> None:
    state = bench.open(PROJECT)
    for tree in ([1, 2], {"年度": 2024}, {"a": {"b": True}}, "text"):
        answer = bench.post("/api/check", {"path": PROJECT, "hash": state["hash"],
                                           "tree": tree})
        assert answer.status_code == 400, tree
        assert answer.json()["error"]
    assert bench.client.post("/api/check", content=b"{not json",
                             headers={"X-CSRF-Token": bench.keys.csrf}).status_code == 400


def test_project_files_keep_the_loaders_limits(bench) -> None:
    from perfdocs.loading.source import MAX_FILE_BYTES

    (bench.root / "huge.yaml").write_bytes(b"a: " + b"x" * (MAX_FILE_BYTES + 1))
    answer = bench.client.get("/edit", params={"path": "huge.yaml"})
    assert answer.status_code == 400
    assert "过大" in answer.text


def test_serve_binds_to_this_machine_only_unless_told(tmp_path, monkeypatch) -> None:
    from perfdocs.cli import main
    from perfdocs.serve import command

    calls = []
    monkeypatch.setattr(command, "run", lambda root, settings, host, port, **kw:
                        calls.append((host, port, kw)))
    runner = CliRunner()
    quiet = runner.invoke(main, ["serve", str(tmp_path), "--no-browser"])
    assert quiet.exit_code == 0, quiet.output
    assert calls[-1][0] == "127.0.0.1" and calls[-1][1] == 8765
    assert calls[-1][2] == {"open_browser": False}
    assert "警告" not in quiet.output
    wide = runner.invoke(main, ["serve", str(tmp_path), "--host", "0.0.0.0", "--port", "9000"])
    assert wide.exit_code == 0
    assert calls[-1][0] == "0.0.0.0"
    assert "警告" in wide.output and "0.0.0.0" in wide.output


def test_the_listening_socket_is_the_loopback_address(tmp_path, monkeypatch) -> None:
    import uvicorn

    from perfdocs.serve import command

    seen = {}

    def fake_run(self, sockets=None):
        seen["address"] = sockets[0].getsockname()
        sockets[0].close()

    monkeypatch.setattr(uvicorn.Server, "run", fake_run)
    runner = CliRunner()
    from perfdocs.cli import main

    result = runner.invoke(main, ["serve", str(tmp_path), "--port", "0", "--no-browser"])
    assert result.exit_code == 0, result.output
    assert seen["address"][0] == "127.0.0.1"
    assert f"http://127.0.0.1:{seen['address'][1]}/?token=" in result.output
    assert command.LOCAL == "127.0.0.1"


def test_a_busy_port_is_a_chinese_message(tmp_path) -> None:
    import socket

    from perfdocs.cli import main

    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    try:
        port = busy.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", str(tmp_path), "--port", str(port),
                                           "--no-browser"])
    finally:
        busy.close()
    assert result.exit_code != 0
    assert "端口" in result.output and "Traceback" not in result.output


def test_without_the_extra_serve_says_what_to_install(tmp_path, monkeypatch) -> None:
    from perfdocs.cli import main
    from perfdocs.serve import command

    monkeypatch.setattr(command, "missing_parts", lambda: ["starlette", "uvicorn"])
    result = CliRunner().invoke(main, ["serve", str(tmp_path)])
    assert result.exit_code == 1
    assert 'pip install "perfdocs[serve]"' in result.output
    assert "Traceback" not in result.output


def test_help_does_not_import_the_web_parts() -> None:
    import subprocess
    import sys

    code = ("import sys; from perfdocs.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('starlette', 'uvicorn', 'ruamel.yaml', 'pydantic')"
            " if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parent.parent, check=True,
                         env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve()
                                                             .parent.parent)})
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_host_names_of_the_run_are_accepted(bench) -> None:
    assert bench.client.get("/", headers={"Host": HOST}).status_code == 200
