#!/usr/bin/env bash
# Regenerates the page previews in docs/previews/ from the shipped handouts and an example session
# (docs/previews/example-session.yaml, no test text), at 60 dpi like the README shows them.
# Needs target/kindred.jar (mvn -B -q package -DskipTests) and pdftoppm (poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
kindred() { java -jar target/kindred.jar "$@" >/dev/null; }
kindred render --all --out "$out" --paper a4
kindred summary --session docs/previews/example-session.yaml --out "$out/take-home.pdf" --paper a4
kindred summary --session docs/previews/example-session.yaml --group --out "$out/group.pdf" --paper a4
page() { # page PDF N PNG
  pdftoppm -png -r 60 -f "$2" -l "$2" -singlefile "$1" "${3%.png}"
}
page "$out/i-statements.pdf" 1 docs/previews/handout-i-statements-p1.png
page "$out/ritual-planner.pdf" 3 docs/previews/handout-ritual-planner-p3.png
page "$out/weekly-check-in.pdf" 3 docs/previews/handout-weekly-check-in-p3.png
page "$out/take-home.pdf" 1 docs/previews/summary-take-home-p1.png
page "$out/take-home.pdf" 2 docs/previews/summary-take-home-p2.png
page "$out/group.pdf" 1 docs/previews/summary-group.png
echo "previews written to docs/previews/"
