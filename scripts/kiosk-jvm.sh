#!/usr/bin/env bash
# Prints, one per line, the java executable and the JVM options the kiosk starts with; kindred.sh
# and the start-up benchmark both use it, so the benchmark measures exactly what a user starts.
#   scripts/kiosk-jvm.sh            with the start-up cache built at package time, if it is fresh
#   scripts/kiosk-jvm.sh --options  only the options, without any cache (to build one)
#   scripts/kiosk-jvm.sh --aot-java the JDK 25+ that can hold an ahead-of-time cache, if any
#   scripts/kiosk-jvm.sh --for CMD  for a command (kindred.sh passes its first argument): the
#                                   command-line tools (render, validate, print, summary, outbox)
#                                   get the cache trained on `render --all` (target/kindred-cli.aot,
#                                   or on JDK 17 the class-data archive target/kindred-cli.jsa)
#
# Which JVM: an AOT cache (JDK 25+, JEP 483/514/515: classes loaded and linked in advance, with
# their profiles) started the kiosk in 0.80x the time of JDK 17 with its class-data archive on
# these machines; so a JDK 25+ is used when one is installed and the cache was built with it at
# package time (target/kindred.aot, target/kindred.aot.java naming its java). Otherwise the
# default java (17) with the class-data archive target/kindred.jsa. Same options either way:
# - C1-only JIT and the serial collector: a kiosk waits on people, not on the CPU; on two cores
#   C2's compile threads were half of the start-up;
# - no periodic cleanup safepoints (4-13 ms pauses once a second that made phase ends late);
# - no performance-data file (-XX:-UsePerfData): nothing in /tmp/hsperfdata_*, and no sampling
#   thread waking 20 times a second (0.08-0.10 % of a core while a countdown runs; jcmd still
#   attaches by process id, only jps/jstat cannot list the kiosk);
# - as root, the clock thread's raised priority is honoured.
# scripts/package.sh gives the installed launcher the same options (its .cfg file).
#
# Screen reader: with screenReader=true in the kiosk's settings.properties, the desktop's
# screen-reader setting on (gsettings), or KINDRED_SCREEN_READER=1, the JVM gets the Java
# accessibility bridge to AT-SPI (Debian's libatk-wrapper-java and its JNI part
# libatk-wrapper-java-jni, installed by scripts/setup.sh). Then it is the default java (17), whose
# library path has the bridge's native part, without the start-up caches (they were made without
# the bridge on the boot class path, so they would not match): a screen reader user waits about
# half a second longer at start-up for a kiosk they can use at all.
set -euo pipefail
cd "$(dirname "$0")/.."

aot_java() {
  local candidates=() java release version
  [ -n "${KINDRED_AOT_JAVA:-}" ] && candidates+=("$KINDRED_AOT_JAVA")
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  for java in /usr/lib/jvm/*/bin/java; do candidates+=("$java"); done
  for java in "${candidates[@]}"; do
    [ -x "$java" ] || continue
    release="$(dirname "$(dirname "$java")")/release"
    version="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" 2>/dev/null || true)"
    if [ -n "$version" ] && [ "$version" -ge 25 ]; then
      echo "$java"
      return 0
    fi
  done
  return 1
}

command=kiosk
if [ "${1:-}" = "--for" ]; then
  command="${2:-kiosk}"
  shift 2 || shift $#
fi

ATK_JAR=/usr/share/java/java-atk-wrapper.jar

screen_reader_wanted() {
  case "${KINDRED_SCREEN_READER:-}" in 1|true|yes) return 0 ;; 0|false|no) return 1 ;; esac
  local home="${KINDRED_HOME:-${XDG_DATA_HOME:-$HOME/.local/share}/kindred}"
  if grep -qsE '^[[:space:]]*screenReader[[:space:]]*[=:][[:space:]]*true[[:space:]]*$' "$home/settings.properties"; then
    return 0
  fi
  command -v gsettings >/dev/null 2>&1 \
    && [ "$(gsettings get org.gnome.desktop.a11y.applications screen-reader-enabled 2>/dev/null)" = "true" ]
}

if [ "${1:-}" = "--aot-java" ]; then
  aot_java
  exit
fi

opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -XX:+UnlockDiagnosticVMOptions -XX:GuaranteedSafepointInterval=0)
if [ "$(id -u)" -eq 0 ]; then
  opts+=(-XX:ThreadPriorityPolicy=1)
fi
if [ "${1:-}" = "--options" ]; then
  printf '%s\n' "${opts[@]}"
  exit
fi
java=java
if screen_reader_wanted; then
  if [ -f "$ATK_JAR" ]; then
    opts+=("-Xbootclasspath/a:$ATK_JAR" -Djavax.accessibility.assistive_technologies=org.GNOME.Accessibility.AtkWrapper)
    printf '%s\n' "$java" "${opts[@]}"
    exit
  fi
  echo "kindred: screenReader is on but $ATK_JAR is missing (apt-get install libatk-wrapper-java-jni)" >&2
fi
case "$command" in
  render|validate|print|summary|outbox) cache=target/kindred-cli.aot ;;
  *) cache=target/kindred.aot ;;
esac
if [ "$cache" = target/kindred-cli.aot ] && [ target/kindred-cli.aot -nt target/kindred.jar ] \
    && [ -x "$(cat target/kindred.aot.java 2>/dev/null)" ]; then
  # A command-line tool: classes and profiles of a `render --all`.
  java="$(cat target/kindred.aot.java)"
  opts+=(-XX:AOTCache=target/kindred-cli.aot)
elif [ "$cache" = target/kindred-cli.aot ] && [ target/kindred-cli.jsa -nt target/kindred.jar ]; then
  # A command-line tool on JDK 17: the class-data archive trained on `render --all`.
  opts+=(-XX:SharedArchiveFile=target/kindred-cli.jsa -Xshare:auto)
elif [ target/kindred.aot -nt target/kindred.jar ] && [ -x "$(cat target/kindred.aot.java 2>/dev/null)" ]; then
  java="$(cat target/kindred.aot.java)"
  # Without replaying the training run's profiles: on start-up the replay had the one C1
  # compiler thread compile the training run's methods ahead of need, competing with the event
  # thread for the second core (median 451 -> 407 ms to the first frame in 21 alternating runs).
  opts+=(-XX:AOTCache=target/kindred.aot -XX:-AOTReplayTraining)
elif [ target/kindred.jsa -nt target/kindred.jar ]; then   # a stale archive would only print a warning
  opts+=(-XX:SharedArchiveFile=target/kindred.jsa -Xshare:auto)
fi
printf '%s\n' "$java" "${opts[@]}"
