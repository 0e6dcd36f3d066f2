#!/usr/bin/env bash
# `sudo kindred kiosk-setup` (and `--undo`): makes this machine boot straight into the Kindred kiosk.
#   - a dedicated unprivileged user, kindred-kiosk, whose data folder is /var/lib/kindred;
#   - an X session in which Kindred is the only client: no window manager, no desktop, so no
#     window-manager shortcut (Alt+Tab, Super, Alt+F4) exists; the pointer hidden (touch screens);
#   - Xorg with VT switching (Ctrl+Alt+F1..F12) and Ctrl+Alt+Backspace off, screen blanking and
#     DPMS off (/etc/X11/xorg.conf.d/90-kindred-kiosk.conf, plus the X server's options);
#   - a systemd unit, kindred-kiosk.service, Restart=always, started at boot on tty7;
#   - CUPS keeps no job files (PreserveJobFiles No), as a second net under Kindred's own purge.
# --undo removes all of it but the data in /var/lib/kindred (`apt purge kindred` removes that).
#
# Options for tests and packagers:
#   --root DIR      write the files under DIR instead of / and change nothing else (no user, no
#                   apt-get, no systemctl): what `systemd-analyze verify` and the tests read.
#   --no-install    do not apt-get install the X server packages.
set -euo pipefail

undo=false
root=""
install=true
while [ $# -gt 0 ]; do
  case "$1" in
    --undo) undo=true ;;
    --root) root="${2:?--root needs a folder}"; shift ;;
    --no-install) install=false ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "kiosk-setup: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
real=true
[ -n "$root" ] && real=false
if $real && [ "$(id -u)" -ne 0 ]; then
  echo "kiosk-setup: run it as root: sudo kindred kiosk-setup${1:+ $1}" >&2
  exit 1
fi

USER_NAME=kindred-kiosk
DATA=/var/lib/kindred
KINDRED=/usr/bin/kindred
SESSION=/usr/lib/kindred/kiosk-session
UNIT=/etc/systemd/system/kindred-kiosk.service
XCONF=/etc/X11/xorg.conf.d/90-kindred-kiosk.conf
CUPSCONF=/etc/cups/cupsd.conf
MARK="# kindred kiosk-setup"

if $undo; then
  if $real; then
    systemctl disable --now kindred-kiosk.service 2>/dev/null || true
  fi
  rm -f "$root$UNIT" "$root$XCONF" "$root$SESSION"
  rmdir "$root/usr/lib/kindred" 2>/dev/null || true
  if [ -f "$root$CUPSCONF" ] && grep -q "$MARK" "$root$CUPSCONF"; then
    sed -i "/$MARK/,+1d" "$root$CUPSCONF"
    if $real; then systemctl try-restart cups.service 2>/dev/null || true; fi
  fi
  if $real; then
    systemctl daemon-reload 2>/dev/null || true
    if id "$USER_NAME" >/dev/null 2>&1; then userdel "$USER_NAME"; fi
    echo "kiosk-setup: undone. The kiosk's data stays in $DATA (apt purge kindred removes it)."
  fi
  exit 0
fi

if $real && $install; then
  # Xorg with the usual input and video drivers, xinit to start it with one client, xset.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    xserver-xorg-core xserver-xorg-input-libinput xserver-xorg-video-all xinit x11-xserver-utils >/dev/null
fi

if $real; then
  if ! id "$USER_NAME" >/dev/null 2>&1; then
    # Unprivileged, no password, no login shell; video/input/render to run Xorg, lp to print.
    useradd --system --home-dir "$DATA" --no-create-home --shell /usr/sbin/nologin \
      --groups video,input,render,audio,lp "$USER_NAME" 2>/dev/null \
      || useradd --system --home-dir "$DATA" --no-create-home --shell /usr/sbin/nologin "$USER_NAME"
  fi
  mkdir -p "$DATA"
  chown -R "$USER_NAME": "$DATA"
  chmod 0750 "$DATA"
fi

mkdir -p "$root$(dirname "$SESSION")" "$root$(dirname "$UNIT")" "$root$(dirname "$XCONF")"

# The whole X session: Kindred and nothing else. When it exits (the facilitator's Quit, a crash,
# the watchdog), the X server ends with it and systemd starts both again.
cat > "$root$SESSION" <<EOF
#!/bin/sh
# Kindred's kiosk X session (written by kindred kiosk-setup): Kindred is the only X client.
xset s off s noblank -dpms 2>/dev/null || true
exec "\${KINDRED:-$KINDRED}" kiosk
EOF
chmod 0755 "$root$SESSION"

cat > "$root$XCONF" <<'EOF'
# Written by kindred kiosk-setup: the kiosk's X server cannot be left by keys, and never sleeps.
Section "ServerFlags"
    Option "DontVTSwitch" "true"
    Option "DontZap" "true"
    Option "DontZoom" "true"
    Option "BlankTime" "0"
    Option "StandbyTime" "0"
    Option "SuspendTime" "0"
    Option "OffTime" "0"
EndSection
EOF

cat > "$root$UNIT" <<EOF
# Written by kindred kiosk-setup (undo: sudo kindred kiosk-setup --undo).
[Unit]
Description=Kindred kiosk (X with Kindred as its only client)
After=systemd-user-sessions.service network.target cups.service
Conflicts=getty@tty7.service display-manager.service

[Service]
User=$USER_NAME
PAMName=login
TTYPath=/dev/tty7
StandardInput=tty
StandardOutput=journal
StandardError=journal
Environment=KINDRED_HOME=$DATA
WorkingDirectory=$DATA
# -nocursor: no pointer on a touch screen; -s 0 -dpms: never blank; vt7 -keeptty: its own console.
ExecStart=/usr/bin/xinit $SESSION -- /usr/bin/Xorg :0 vt7 -keeptty -nolisten tcp -nocursor -s 0 -dpms
Restart=always
RestartSec=2

[Install]
WantedBy=graphical.target
EOF

if [ -f "$root$CUPSCONF" ]; then
  # cupsd.conf has no end-of-line comments: the mark is the line above (undo removes both).
  sed -i "/$MARK/,+1d; /^PreserveJobFiles /d" "$root$CUPSCONF"
  printf '%s\nPreserveJobFiles No\n' "$MARK" >> "$root$CUPSCONF"
fi

if $real; then
  systemctl try-restart cups.service 2>/dev/null || true
  systemctl daemon-reload
  systemctl set-default graphical.target >/dev/null
  systemctl enable kindred-kiosk.service
  echo "kiosk-setup: done. The machine starts into Kindred at the next boot (now: systemctl start kindred-kiosk)."
  echo "kiosk-setup: the kiosk's data folder is $DATA; undo with: sudo kindred kiosk-setup --undo"
  # The public kiosk can never choose the facilitator PIN: it is set here, at the machine.
  if [ ! -f "$DATA/pin" ]; then
    if [ -t 0 ]; then
      echo "kiosk-setup: choose the facilitator PIN (it opens the console and quits the kiosk)."
      runuser -u "$USER_NAME" -- env KINDRED_HOME="$DATA" "$KINDRED" set-pin \
        || echo "kiosk-setup: no PIN set yet; the console stays locked until you run: sudo -u $USER_NAME KINDRED_HOME=$DATA kindred set-pin" >&2
    else
      echo "kiosk-setup: no facilitator PIN yet; the console stays locked until you run: sudo -u $USER_NAME KINDRED_HOME=$DATA kindred set-pin" >&2
    fi
  fi
fi
