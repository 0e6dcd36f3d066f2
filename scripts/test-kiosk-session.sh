#!/usr/bin/env bash
# Tests `kindred kiosk-setup` as far as a machine without a real display allows (CI runs it):
# 1. the files it writes, under a scratch root: the systemd unit passes `systemd-analyze verify`,
#    the Xorg configuration turns VT switching, zapping and blanking off, CUPS keeps no job files;
# 2. its X session script, run against an Xvfb server instead of Xorg: Kindred is the only client,
#    and every escape (Escape, Alt+F4, Ctrl+Q, Ctrl+W, Alt+Tab, Super, Ctrl+Alt+Backspace,
#    Ctrl+Alt+F1) sent by xdotool leaves it running, full screen, the only client, and the X server up.
# What only a real machine shows is listed in the README: Xvfb neither switches VTs nor zaps (so
# Xorg's DontVTSwitch/DontZap are checked only as configuration here), has no DPMS, no tty7, no boot.
# Usage: scripts/test-kiosk-session.sh [KINDRED_COMMAND]   (default: the installed /opt/kindred/bin/kindred)
set -euo pipefail
cd "$(dirname "$0")/.."
kindred="${1:-/opt/kindred/bin/kindred}"
work="$(mktemp -d)"
xvfb_pid=""
session_pid=""
cleanup() {
  [ -n "$session_pid" ] && kill "$session_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "test-kiosk-session: FAIL: $*" >&2; exit 1; }

# 1. The files.
root="$work/root"
mkdir -p "$root/etc/cups"
printf 'LogLevel warn\nPreserveJobFiles 86400\n' > "$root/etc/cups/cupsd.conf"
bash scripts/kiosk-setup.sh --root "$root"
unit="$root/etc/systemd/system/kindred-kiosk.service"
# verify reads the unit where it was written; its dependencies are this machine's units.
verify_out="$(systemd-analyze verify "$unit" 2>&1 || echo "EXIT $?")"
if echo "$verify_out" | grep -v "kindred-kiosk.*user\|Unknown user\|does not exist" | grep -qi "error\|EXIT\|failed\|unknown"; then
  fail "systemd-analyze verify: $verify_out"
fi
grep -q '^Restart=always' "$unit" || fail "the unit does not restart Kindred"
grep -q -- '-nocursor' "$unit" || fail "the pointer is not hidden"
grep -q -- '-dpms' "$unit" || fail "DPMS is not off"
xconf="$root/etc/X11/xorg.conf.d/90-kindred-kiosk.conf"
for option in DontVTSwitch DontZap BlankTime StandbyTime SuspendTime OffTime; do
  grep -q "Option \"$option\"" "$xconf" || fail "$option missing from $xconf"
done
grep -qx 'PreserveJobFiles No' "$root/etc/cups/cupsd.conf" || fail "cupsd.conf keeps job files"
[ "$(grep -c '^PreserveJobFiles' "$root/etc/cups/cupsd.conf")" -eq 1 ] || fail "two PreserveJobFiles lines"
bash scripts/kiosk-setup.sh --root "$root" --undo
[ ! -e "$unit" ] && [ ! -e "$xconf" ] || fail "--undo left files"
grep -q '^PreserveJobFiles No' "$root/etc/cups/cupsd.conf" && fail "--undo left PreserveJobFiles No"
echo "test-kiosk-session: files, systemd-analyze verify and --undo: ok"

# 2. The session against Xvfb.
bash scripts/kiosk-setup.sh --root "$root"
display=":$(( 90 + RANDOM % 100 ))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
export DISPLAY="$display"
for _ in $(seq 1 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
xdpyinfo >/dev/null 2>&1 || fail "Xvfb did not start"

export KINDRED="$kindred" KINDRED_HOME="$work/data"
export JAVA_TOOL_OPTIONS="-Dkindred.readyMarker=true"
"$root/usr/lib/kindred/kiosk-session" > "$work/session.out" 2>&1 &
session_pid=$!
for _ in $(seq 1 300); do grep -q KINDRED_READY "$work/session.out" && break; sleep 0.1; done
grep -q KINDRED_READY "$work/session.out" || fail "the kiosk did not come up: $(cat "$work/session.out")"

# X clients owning the root window's children: a resource id's client part is above its low 21 bits
# (the server's resource mask). Java's frame, its icon window and group leader are one client.
clients() {
  xwininfo -root -children | sed -n 's/^ *\(0x[0-9a-f]*\) .*/\1/p' | while read -r id; do echo $(( id >> 21 )); done | sort -u
}
[ "$(clients | wc -l)" -eq 1 ] || fail "expected Kindred as the only X client, got: $(xwininfo -root -children)"
windows() { xdotool search --onlyvisible --name '^Kindred$' 2>/dev/null | sort -u; }
before="$(windows)"
[ "$(echo "$before" | wc -w)" -eq 1 ] || fail "expected one Kindred window, got: $before"
geometry() { xdotool getwindowgeometry "$before" | sed -n 's/.*Geometry: //p'; }
[ "$(geometry)" = "1280x800" ] || fail "Kindred is not full screen: $(geometry)"

for key in Escape alt+F4 ctrl+q ctrl+w alt+Tab Super_L ctrl+alt+BackSpace ctrl+alt+F1; do
  xdotool key "$key"
done
# Proving that nothing happened needs a bound: the keys are queued in order, and a round trip to
# the kiosk after them (xdotool's own sync below) plus one second is far more than Kindred takes.
xdotool search --sync --onlyvisible --name '^Kindred$' >/dev/null
sleep 1
kill -0 "$session_pid" 2>/dev/null || fail "the session ended after the escape keys: $(tail -5 "$work/session.out")"
kill -0 "$xvfb_pid" 2>/dev/null || fail "the X server ended"
[ "$(windows)" = "$before" ] || fail "the windows changed: $(windows)"
[ "$(clients | wc -l)" -eq 1 ] || fail "another X client appeared: $(xwininfo -root -children)"
[ "$(geometry)" = "1280x800" ] || fail "Kindred is no longer full screen: $(geometry)"
echo "test-kiosk-session: Kindred the only client, full screen, every escape held inside: ok"
