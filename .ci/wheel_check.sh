#!/usr/bin/env bash
# A wheel carries everything a plain install needs: build it, install it into a fresh venv,
# and from another folder list the layouts and render data/ (issue 13, item 6). Fails when a
# layout file is missing from the installed package or a project does not render.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 -m pip wheel --quiet --no-deps -w "$work/dist" "$repo"
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet "$work"/dist/perfdocs-*.whl
mkdir "$work/elsewhere" && cd "$work/elsewhere"  # so that no source tree shadows the install
installed="$("$work/venv/bin/python" -c 'import perfdocs, pathlib; print(pathlib.Path(perfdocs.__file__).parent / "templates")')"
missing="$(cd "$repo/templates" && find . -type f ! -path '*/__pycache__/*' | sort | while read -r f; do
  [ -f "$installed/$f" ] || echo "$f"; done)"
if [ -n "$missing" ]; then echo "wheel lacks layout files: $missing" >&2; exit 1; fi
listed="$("$work/venv/bin/perfdocs" layouts)"
for layout in "$repo"/templates/*/; do
  name="$(basename "$layout")"
  grep -q "^$name" <<<"$listed" || { echo "perfdocs layouts does not list $name" >&2; exit 1; }
done
"$work/venv/bin/perfdocs" render "$repo"/data/*/*.yaml --out out >"$work/render.log" 2>&1
projects="$(ls "$repo"/data/*/*.yaml | wc -l)"
rendered="$(grep -c '^✓' "$work/render.log")"
files="$(find out -type f | wc -l)"
if [ "$rendered" -ne "$projects" ] || [ "$files" -eq 0 ]; then
  echo "wheel install rendered $rendered of $projects projects ($files files)" >&2; exit 1
fi
# every bundled layout's example ships too: `perfdocs example NAME` copies it, and it renders
mkdir examples && cd examples
for layout in "$repo"/templates/*/; do
  "$work/venv/bin/perfdocs" example "$(basename "$layout")" -o "$(basename "$layout")" \
    >>"$work/example.log" 2>&1 \
    || { echo "no example ships for $(basename "$layout")" >&2; cat "$work/example.log" >&2; exit 1; }
done
copied="$(ls ./*/*.yaml | wc -l)"
"$work/venv/bin/perfdocs" validate ./*/*.yaml >/dev/null
cd ..
echo "wheel check: $(echo "$listed" | wc -l) layouts, $rendered projects, $files files from an installed wheel; $copied examples copied by perfdocs example"
