#!/usr/bin/env bash
# The screen reader's view, read directly: starts the kiosk as ./kindred.sh does (scripts/kiosk-jvm.sh)
# with screenReader=true in a fresh data folder, on Xvfb with its own D-Bus session and AT-SPI bus,
# and checks with scripts/atspi-probe.py that it is registered, Start has the focus, and a step
# change is announced. Needs target/kindred.jar (./test.sh builds it) and the packages from
# scripts/setup.sh (at-spi2-core, dbus, python3-pyatspi, libatk-wrapper-java-jni, xvfb).
#   scripts/test-screen-reader.sh             the kiosk as ./kindred.sh starts it
#   scripts/test-screen-reader.sh LAUNCHER    the kiosk as an installed launcher starts it
#                                             (scripts/test-package.sh: /usr/bin/kindred)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != "--inside" ]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash "$0" --inside "$@"
fi
shift
launcher="${1:-}"
home="$(mktemp -d)"
kiosk=""
bus=""
cleanup() {
  [ -n "$kiosk" ] && kill "$kiosk" 2>/dev/null || true
  [ -n "$bus" ] && kill "$bus" 2>/dev/null || true
  rm -rf "$home"
}
trap cleanup EXIT
printf 'screenReader=true\n' > "$home/settings.properties"
/usr/libexec/at-spi-bus-launcher --launch-immediately &
bus=$!
if [ -n "$launcher" ]; then
  # The launcher's resolved command line: the bridge on, the class-data archive (made without it) off.
  mapfile -t jvm < <(KINDRED_HOME="$home" KINDRED_LAUNCH_PRINT=1 "$launcher" kiosk)
  printf '%s\n' "${jvm[@]}" | grep -q -- 'java-atk-wrapper.jar' \
    || { echo "FAIL: $launcher did not add the bridge for screenReader=true: ${jvm[*]}" >&2; exit 1; }
  printf '%s\n' "${jvm[@]}" | grep -q -- '-XX:SharedArchiveFile' \
    && { echo "FAIL: $launcher kept the class-data archive with the bridge: ${jvm[*]}" >&2; exit 1; }
  KINDRED_HOME="$home" "$launcher" kiosk --mute --window 1280x800 >"$home/kiosk.out" 2>&1 &
else
  mapfile -t jvm < <(KINDRED_HOME="$home" scripts/kiosk-jvm.sh)
  printf '%s\n' "${jvm[@]}" | grep -q AtkWrapper || { echo "FAIL: kiosk-jvm.sh did not add the bridge for screenReader=true" >&2; exit 1; }
  KINDRED_HOME="$home" "${jvm[@]}" -Dkindred.home="$home" -jar target/kindred.jar kiosk --mute --window 1280x800 \
    >"$home/kiosk.out" 2>&1 &
fi
kiosk=$!
if ! /usr/bin/python3 scripts/atspi-probe.py; then
  echo "--- kiosk output" >&2
  cat "$home/kiosk.out" >&2
  exit 1
fi
