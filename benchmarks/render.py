"""How fast perfdocs renders, next to what users would otherwise do.

Run:  python benchmarks/render.py [--n 1000] [--repeat 20] [--json out.json]

Reports per-form milliseconds for each format (median/min/max over warm runs, one core),
forms per second, a batch of N synthetic projects in all formats with 1 and 2 processes
(time and peak RSS), RSS at 100 and at N projects, and `perfdocs --help` start-up time.
In the same run it measures the peers, where installed: LibreOffice converting the same
.docx to PDF headless, docxtpl rendering an equivalent Jinja .docx table, and a floor —
writing the same .docx's entries with zipfile alone. It is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import write_projects  # noqa: E402


def timed(fn, repeat: int) -> dict[str, float]:
    """Milliseconds of ``fn`` over ``repeat`` warm runs (after one warm-up call)."""
    fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return {"median": statistics.median(samples), "min": min(samples), "max": max(samples)}


def per_form(path: Path, repeat: int) -> tuple[dict[str, dict[str, float]], bytes, list]:
    from perfdocs.pipeline import build_forms, prepare
    from perfdocs.render.docx import render_docx
    from perfdocs.render.fonts import find_cjk_font
    from perfdocs.render.pdf import render_pdf
    from perfdocs.render.xlsx import render_xlsx
    from perfdocs.settings import Settings

    settings = Settings()
    font = find_cjk_font(())
    prepared = prepare(path, settings)
    forms = build_forms(prepared)
    results = {
        "prepare (load+validate+compute)": timed(lambda: prepare(path, settings), repeat),
        "build form": timed(lambda: build_forms(prepared), repeat),
        "xlsx": timed(lambda: render_xlsx(forms), repeat),
        "docx": timed(lambda: render_docx(forms), repeat),
        "pdf": timed(lambda: render_pdf(forms, font=font), repeat),
    }

    def all_three() -> None:
        p = prepare(path, settings)
        f = build_forms(p)
        render_xlsx(f)
        render_docx(f)
        render_pdf(f, font=font)

    results["all three formats, from the YAML"] = timed(all_three, repeat)
    return results, render_docx(forms), forms


def batch(paths: list[Path], jobs: int, out: Path) -> dict[str, float]:
    """`perfdocs packet --jobs N` over ``paths`` in a child process: seconds and peak RSS."""
    shutil.rmtree(out, ignore_errors=True)
    cmd = [sys.executable, "-c",
           "import sys, resource; from perfdocs.cli import main\n"
           "try:\n    main(sys.argv[1:])\nexcept SystemExit as e:\n    code = e.code\n"
           "else:\n    code = 0\n"
           "me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
           "kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
           "print('RSS', me, kids, file=sys.stderr); sys.exit(code)",
           "packet", *map(str, paths), "--out", str(out), "--jobs", str(jobs)]
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"batch failed:\n{proc.stderr[-2000:]}")
    rss_line = next(line for line in proc.stderr.splitlines() if line.startswith("RSS "))
    _, main_kb, child_kb = rss_line.split()
    return {"seconds": seconds, "projects": len(paths),
            "peak_rss_mb_main": int(main_kb) / 1024, "peak_rss_mb_worker": int(child_kb) / 1024}


def help_startup(repeat: int = 7) -> dict[str, float]:
    exe = shutil.which("perfdocs")
    cmd = [exe, "--help"] if exe else [sys.executable, "-m", "perfdocs.cli", "--help"]

    def run() -> None:
        subprocess.run(cmd, capture_output=True, check=True)

    return timed(run, repeat)


def office_pdf(docx: bytes, repeat: int) -> dict[str, float] | None:
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    tmp = Path(tempfile.mkdtemp())
    src = tmp / "form.docx"
    src.write_bytes(docx)
    profile = f"-env:UserInstallation=file://{tmp}/profile"

    def run() -> None:
        subprocess.run([soffice, profile, "--headless", "--convert-to", "pdf", "--outdir",
                        str(tmp), str(src)], capture_output=True, check=True)

    return timed(run, max(3, repeat // 5))


def docxtpl_table(forms: list, repeat: int) -> dict[str, float] | None:
    try:
        from docx import Document
        from docxtpl import DocxTemplate
    except ImportError:
        return None
    rows = [[c.text for c in row] for block in forms[0].blocks for row in block.rows()]
    tmp = Path(tempfile.mkdtemp())
    template = tmp / "t.docx"
    doc = Document()
    doc.add_paragraph("{{ title }}")
    table = doc.add_table(rows=3, cols=1)
    table.cell(0, 0).text = "{%tr for row in rows %}"
    table.cell(1, 0).text = "{% for c in row %}{{ c }} {% endfor %}"
    table.cell(2, 0).text = "{%tr endfor %}"
    doc.save(template)

    def run() -> None:
        tpl = DocxTemplate(template)
        tpl.render({"title": forms[0].title, "rows": rows})
        tpl.save(io.BytesIO())

    return timed(run, repeat)


def zip_floor(docx: bytes, repeat: int) -> dict[str, float]:
    entries = []
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        entries = [(i.filename, archive.read(i)) for i in archive.infolist()]

    def run() -> None:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in entries:
                archive.writestr(name, data)

    return timed(run, repeat)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="projects in the batch")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--skip-batch", action="store_true")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="perfdocs-bench-"))
    paths = write_projects(work / "projects", max(args.n, 1))
    report: dict[str, object] = {"python": sys.version.split()[0], "cpus": os.cpu_count()}
    forms_ms, docx, forms = per_form(paths[0], args.repeat)
    report["per_form_ms"] = forms_ms
    all_ms = forms_ms["all three formats, from the YAML"]["median"]
    report["forms_per_second_all_formats"] = 1000 / all_ms
    report["help_ms"] = help_startup()
    peers = {"libreoffice docx→pdf": office_pdf(docx, args.repeat),
             "docxtpl table": docxtpl_table(forms, args.repeat),
             "zipfile floor (docx bytes)": zip_floor(docx, args.repeat)}
    report["peers_ms"] = {k: v for k, v in peers.items() if v is not None}
    ours = {"libreoffice docx→pdf": forms_ms["pdf"]["median"],
            "docxtpl table": forms_ms["docx"]["median"],
            "zipfile floor (docx bytes)": forms_ms["docx"]["median"]}
    report["ratio_peer_over_ours"] = {k: v["median"] / ours[k] for k, v in peers.items() if v}
    if not args.skip_batch:
        batches = {}
        small = paths[: min(100, len(paths))]
        batches["100 projects, 2 jobs"] = batch(small, 2, work / "out-100")
        batches[f"{len(paths)} projects, 1 job"] = batch(paths, 1, work / "out-1")
        batches[f"{len(paths)} projects, 2 jobs"] = batch(paths, 2, work / "out-2")
        report["batch"] = batches
    report["self_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"perfdocs benchmark — {len(paths)} synthetic projects (60 indicators each)")
    print(f"{'measure':45} {'median':>9} {'min':>9} {'max':>9}  (ms)")
    for name, t in forms_ms.items():
        print(f"{name:45} {t['median']:9.1f} {t['min']:9.1f} {t['max']:9.1f}")
    print(f"{'perfdocs --help':45} {report['help_ms']['median']:9.1f}")
    for name, t in report["peers_ms"].items():
        ratio = report["ratio_peer_over_ours"][name]
        print(f"{'peer: ' + name:45} {t['median']:9.1f} {t['min']:9.1f} {t['max']:9.1f}"
              f"  ×{ratio:.1f} ours")
    print(f"forms per second (all three formats): {report['forms_per_second_all_formats']:.1f}")
    for name, b in report.get("batch", {}).items():
        print(f"batch {name:38} {b['seconds']:7.1f} s   peak RSS main "
              f"{b['peak_rss_mb_main']:.0f} MB, worker {b['peak_rss_mb_worker']:.0f} MB")
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
