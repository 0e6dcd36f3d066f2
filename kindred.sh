#!/usr/bin/env bash
# Runs the kiosk with the shipped exercises and handouts, from a fresh Debian machine:
# installs what it needs, builds target/kindred.jar if it is missing or older than the sources,
# then starts Kindred. Extra arguments go to kindred (e.g. ./kindred.sh validate).
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh >/dev/null
if [ ! -f target/kindred.jar ] || [ -n "$(find src pom.xml -newer target/kindred.jar -print -quit)" ]; then
  mvn -B -q package -DskipTests
fi
# The start-up caches are built at package time when there is a display; after a build without
# one (a headless `mvn verify`), they are built here, once.
if [ ! target/startup-archives.stamp -nt target/kindred.jar ]; then
  echo "kindred: preparing the start-up caches (once after each build, about 10 s)" >&2
  bash scripts/startup-archives.sh java target
fi
# The JVM and its options (start-up cache, JIT, collector, timing): see scripts/kiosk-jvm.sh.
mapfile -t jvm < <(scripts/kiosk-jvm.sh --for "${1:-kiosk}")
exec "${jvm[@]}" -jar target/kindred.jar "$@"
