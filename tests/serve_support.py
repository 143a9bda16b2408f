"""A workbench over a copy of the bundled projects, and a client already let in."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("starlette")
pytest.importorskip("httpx")

from starlette.testclient import TestClient

from perfdocs.loading.settings import Settings
from perfdocs.serve.app import Secrets, create_app
from perfdocs.serve.workbench import Workbench

DATA = Path(__file__).resolve().parent.parent / "data"
HOST = "testserver"
COOKIE = "perfdocs-test"


@dataclass
class Bench:
    root: Path
    keys: Secrets
    client: TestClient
    """Let in (the token's cookie is set); sends no CSRF header by itself."""
    anonymous: TestClient

    def post(self, url: str, body: Any, **headers: str) -> Any:
        """A change as the page makes it: JSON, this run's CSRF token, our own origin."""
        sent = {"X-CSRF-Token": self.keys.csrf, "Origin": f"http://{HOST}", **headers}
        return self.client.post(url, json=body, headers=sent)

    def open(self, name: str) -> dict[str, Any]:
        """The editor's state for ``name`` (as embedded in the page)."""
        import json
        import re

        page = self.client.get("/edit", params={"path": name})
        assert page.status_code == 200, page.text
        found = re.search(r'<script type="application/json" id="state">(.*?)</script>',
                          page.text, re.S)
        assert found
        return json.loads(found.group(1))


def make_bench(root: Path, *, max_body: int | None = None,
               settings: Settings | None = None) -> Bench:
    """``settings``: the served folder's (default: perfdocs' defaults)."""
    keys = Secrets()
    extra = {"max_body": max_body} if max_body else {}
    app = create_app(Workbench(root, settings or Settings()), keys, hosts={HOST},
                     origins={f"http://{HOST}"}, cookie=COOKIE, **extra)
    client = TestClient(app, base_url=f"http://{HOST}", follow_redirects=False)
    entered = client.get("/", params={"token": keys.token})
    assert entered.status_code == 303
    anonymous = TestClient(app, base_url=f"http://{HOST}", follow_redirects=False)
    return Bench(root, keys, client, anonymous)


def copy_projects(target: Path) -> Path:
    """The bundled projects (data/<year>/*.yaml) in a folder of their own."""
    for year in DATA.iterdir():
        if year.is_dir():
            shutil.copytree(year, target / year.name)
    return target


def bundled() -> list[str]:
    """Every bundled project file, as ``<year>/<name>.yaml``."""
    return sorted(p.relative_to(DATA).as_posix() for p in DATA.glob("*/*.yaml"))
