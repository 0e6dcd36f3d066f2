#!/usr/bin/env bash
# Saves PNGs of every screen, in every theme (light, dark, high contrast) at 1280x800 and 1920x1080,
# into docs/screenshots/ (or the folder given): the kiosk's screens (app.kindred.ui.Screenshots),
# then the room view and the facilitator's console (app.kindred.ui.console.RoomScreenshots).
#   scripts/screenshots.sh [DIR]
# Runs under its own Xvfb when there is no display; the screens are painted off-screen at exact sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile=target/screenshots-classpath.txt -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat target/screenshots-classpath.txt)"
run() {
  if [ -n "${DISPLAY:-}" ]; then
    java -Djava.awt.headless=false -cp "$CP" "$@"
  else
    xvfb-run -a -s "-screen 0 1920x1080x24" java -cp "$CP" "$@"
  fi
}
out="${1:-docs/screenshots}"
run app.kindred.ui.Screenshots "$out"
run app.kindred.ui.console.RoomScreenshots "$out"
