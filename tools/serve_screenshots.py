"""Screenshots of the workbench's main pages (list, editor, preview) in headless Chromium.

    python tools/serve_screenshots.py OUT_FOLDER

Serves a copy of data/ on 127.0.0.1 and saves list.png, editor.png and preview.png; the
README's picture (docs/serve-editor.png) is editor.png, cropped to the window. Needs
Debian's chromium and chromium-driver, and selenium.
"""

from __future__ import annotations

import shutil
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(out: Path) -> None:
    import uvicorn
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    from perfdocs.loading.settings import Settings
    from perfdocs.serve.app import Secrets, create_app
    from perfdocs.serve.workbench import Workbench

    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="perfdocs-shots-")) / "项目"
    shutil.copytree(ROOT / "data", folder)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    keys = Secrets()
    app = create_app(Workbench(folder, Settings()), keys, hosts={f"127.0.0.1:{port}"},
                     origins={base}, cookie=f"perfdocs-{port}")
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--hide-scrollbars",
                 f"--user-data-dir={tempfile.mkdtemp()}", "--window-size=1440,900"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"),
                              options=options)
    try:
        driver.get(f"{base}/?token={keys.token}")
        project = quote("2024/职业培训基础能力建设资助.yaml")
        pages = {"list": "/?year=2024",
                 "editor": f"/edit?path={project}",
                 "preview": f"/preview?path={project}&form={quote('自评表')}"}
        for name, url in pages.items():
            driver.get(base + url)
            time.sleep(2.5)
            if name == "editor":  # the 自评 part, where a warning sits next to its field
                driver.execute_script(
                    "const row = document.querySelector('[data-section=\"自评\"] .has-warning')"
                    " || document.querySelector('[data-field=\"自评.项目资金\"]');"
                    "row.scrollIntoView({block: 'center'});")
                time.sleep(0.5)
            driver.save_screenshot(str(out / f"{name}.png"))
    finally:
        driver.quit()
        server.should_exit = True
        thread.join(10)
        shutil.rmtree(folder.parent, ignore_errors=True)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
