#!/usr/bin/env bash
# Run at package time (pom.xml, profile cds-archive, whenever there is a display): builds what
# makes the kiosk start quickly, each from a training run of the real kiosk that exits as soon as
# its first frame is ready (-Dkindred.exitWhenReady=true):
# - target/kindred.jsa, a class-data archive for the default java (JDK 17);
# - target/kindred.aot, an ahead-of-time cache, if a JDK 25+ is installed (see kiosk-jvm.sh),
#   and target/kindred.aot.java naming that java;
# - target/kindred-cli.aot and target/kindred-cli.jsa, the same for the command-line tools (JDK 25+
#   and JDK 17), trained on `render --all`.
# A failed training run leaves no cache and says so; the kiosk then simply starts without it.
# Either way it leaves BUILD_DIR/startup-archives.stamp, so that kindred.sh, which runs this when
# the jar is newer than the stamp (a build without a display), tries once per build, not per start.
# Usage: scripts/startup-archives.sh JAVA_17 [BUILD_DIR, default target]
set -uo pipefail
cd "$(dirname "$0")/.."
java17="$1"
out="${2:-target}"
mapfile -t opts < <(scripts/kiosk-jvm.sh --options)
# On a private Xvfb when there is one, so that building on a kiosk's own screen does not flash the
# kiosk up twice; the classes a start-up loads are the same on any X server.
xvfb=()
if command -v xvfb-run >/dev/null 2>&1; then
  xvfb=(xvfb-run -a -s "-screen 0 1920x1080x24")
fi
run=(-Dkindred.exitWhenReady=true "-Dkindred.home=$out/cds-home" -jar "$out/kindred.jar")

rm -f "$out/kindred.jsa" "$out/kindred-cli.jsa" "$out/kindred.aot" "$out/kindred.aot.java" "$out/kindred-cli.aot"
timeout 60 "${xvfb[@]}" "$java17" "${opts[@]}" "-XX:ArchiveClassesAtExit=$out/kindred.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    "${run[@]}" >/dev/null 2>&1 || echo "kindred: no class-data archive this time (the kiosk could not start here)"

# The command-line tools on JDK 17: a class-data archive of their own, trained on `render --all` of
# the shipped handouts (no display needed). A JVM maps one dynamic archive, so the kiosk's cannot
# serve both.
timeout 60 "$java17" "${opts[@]}" "-XX:ArchiveClassesAtExit=$out/kindred-cli.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    "-Dkindred.home=$out/cds-home" -jar "$out/kindred.jar" render --all --out "$out/cds-home/render" >/dev/null 2>&1 \
  || { rm -f "$out/kindred-cli.jsa"; echo "kindred: no class-data archive for the command line this time"; }

if aot="$(scripts/kiosk-jvm.sh --aot-java)"; then
  if timeout 120 "${xvfb[@]}" "$aot" "${opts[@]}" "-XX:AOTCacheOutput=$out/kindred.aot" -Xlog:aot=off -Xlog:cds=off \
      "${run[@]}" >/dev/null 2>&1 && [ -f "$out/kindred.aot" ]; then
    echo "$aot" > "$out/kindred.aot.java"
  else
    rm -f "$out/kindred.aot"
    echo "kindred: no ahead-of-time cache this time ($aot could not start the kiosk here)"
  fi
fi
# The command-line tools (render, validate, print, ...) get a cache of their own, trained on
# `render --all` of the shipped handouts (content loading, PDFBox, fonts): no display needed.
if [ -f "$out/kindred.aot.java" ]; then
  if ! timeout 120 "$(cat "$out/kindred.aot.java")" "${opts[@]}" "-XX:AOTCacheOutput=$out/kindred-cli.aot" \
      -Xlog:aot=off -Xlog:cds=off "-Dkindred.home=$out/cds-home" -jar "$out/kindred.jar" \
      render --all --out "$out/cds-home/render" >/dev/null 2>&1; then
    rm -f "$out/kindred-cli.aot"
    echo "kindred: no ahead-of-time cache for the command line this time"
  fi
fi
touch "$out/startup-archives.stamp"
exit 0
