#!/usr/bin/env bash
# Checks PDFs against PDF/UA-1 with veraPDF (its command line from Maven Central:
# org.verapdf.apps:greenfield-apps, GPLv3+/MPLv2+, not a dependency of Kindred: fetched into ~/.m2
# the first time). With no arguments: renders every shipped handout, an example take-home summary,
# a take-home pack and a group summary, and checks them all. Exit code 1 if any PDF fails.
#   scripts/check-pdfua.sh [FILE.pdf ...]
set -euo pipefail
cd "$(dirname "$0")/.."
VERAPDF_VERSION=1.28.2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
<groupId>local</groupId><artifactId>verapdf-runner</artifactId><version>1</version>
<dependencies><dependency><groupId>org.verapdf.apps</groupId><artifactId>greenfield-apps</artifactId>
<version>${VERAPDF_VERSION}</version></dependency></dependencies></project>
POM
mvn -B -q -f "$work/pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  [ -f target/kindred.jar ] || mvn -B -q package -DskipTests
  java -jar target/kindred.jar render --all --out "$work/pdf" >/dev/null
  java -jar target/kindred.jar render --all --no-fields --out "$work/pdf-print" >/dev/null
  for f in "$work"/pdf-print/*.pdf; do mv "$f" "$work/pdf/$(basename "$f" .pdf)-print.pdf"; done
  java -jar target/kindred.jar summary --session docs/previews/example-session.yaml --out "$work/pdf/take-home.pdf" >/dev/null
  java -jar target/kindred.jar summary --session docs/previews/example-session.yaml --with-handouts --out "$work/pdf/pack.pdf" >/dev/null
  java -jar target/kindred.jar summary --session docs/previews/example-session.yaml --group --out "$work/pdf/group.pdf" >/dev/null
  files=("$work"/pdf/*.pdf)
fi
java -cp "$(cat "$work/cp.txt")" org.verapdf.apps.GreenfieldCliWrapper --flavour ua1 --format text -v "${files[@]}" \
  | tee "$work/report.txt"
! grep -q '^FAIL' "$work/report.txt"
