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
# Start-up and timing flags, measured by scripts/bench.sh startup and clock:
# - the class-data archive built at package time (target/kindred.jsa) and C1-only JIT with the serial
#   collector: a kiosk waits on people, not on the CPU; on two cores C2's compile threads were half
#   of the start-up;
# - no periodic cleanup safepoints (4-13 ms pauses once a second that made phase ends late);
# - as root, the clock thread's raised priority is honoured.
JAVA_OPTS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:+UnlockDiagnosticVMOptions -XX:GuaranteedSafepointInterval=0)
if [ target/kindred.jsa -nt target/kindred.jar ]; then   # a stale archive would only print a warning
  JAVA_OPTS+=("-XX:SharedArchiveFile=target/kindred.jsa" "-Xshare:auto")
fi
if [ "$(id -u)" -eq 0 ]; then
  JAVA_OPTS+=(-XX:ThreadPriorityPolicy=1)
fi
exec java "${JAVA_OPTS[@]}" -jar target/kindred.jar "$@"
