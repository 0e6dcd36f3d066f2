#!/usr/bin/env bash
# Saves PNGs of every kiosk screen into docs/screenshots/ (or the folder given last):
#   scripts/screenshots.sh            the committed set: every screen in light at 1280x800, plus the
#                                     welcome/choose/exercise/warning/idle screens in dark and high
#                                     contrast at 1280x800 and in light at 1920x1080
#   scripts/screenshots.sh --all DIR  every screen, every theme, both sizes (not committed: large)
# Runs under its own Xvfb when there is no display; the screens are painted off-screen at exact sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile=target/screenshots-classpath.txt -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat target/screenshots-classpath.txt)"
run() { java -Djava.awt.headless=false -cp "$CP" app.kindred.ui.Screenshots "$@"; }
if [ -n "${DISPLAY:-}" ]; then
  run "$@"
else
  xvfb-run -a -s "-screen 0 1920x1080x24" java -cp "$CP" app.kindred.ui.Screenshots "$@"
fi
