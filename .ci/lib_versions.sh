#!/usr/bin/env bash
# The renderers against the lowest and the highest python-docx and reportlab that
# pyproject.toml allows (perfdocs/_compat.py holds what depends on their internals):
# each pair in a throwaway venv, the Word, PDF and HTML render tests run from this tree.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
pairs=("python-docx==1.1.2 reportlab==4.0.4" "python-docx==1.2.0 reportlab==5.1.0")
for pair in "${pairs[@]}"; do
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  python3 -m venv "$work/venv"
  printf '%s\n' $pair > "$work/constraints.txt"
  "$work/venv/bin/pip" install --quiet -c "$work/constraints.txt" "$repo[test]"
  echo "render tests with $pair"
  (cd "$repo" && PYTHONPATH="$repo" "$work/venv/bin/python" -m pytest -q -p no:cacheprovider \
     tests/test_render_docx.py tests/test_render_pdf.py tests/test_render_html.py \
     tests/test_font_cache.py tests/test_pdf_subsets.py tests/test_pdf_flow.py \
     tests/test_pdf_text_speed.py tests/test_pdf_subsetter.py tests/test_pdf_text_repeats.py \
     tests/test_pdf_native.py \
     tests/test_public_api.py -m "not office" | tail -1)
  rm -rf "$work"
done
