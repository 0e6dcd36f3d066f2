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
JAVA_OPTS=()
if [ -f target/kindred.jsa ]; then
  JAVA_OPTS+=("-XX:SharedArchiveFile=target/kindred.jsa" "-Xshare:auto")
fi
exec java "${JAVA_OPTS[@]}" -jar target/kindred.jar "$@"
