#!/usr/bin/env bash
# Installs what Kindred and its tests need on a Debian machine, and starts CUPS with a "PDF" queue.
# Safe to run again: it skips what is already there. Needs root (or sudo) for apt-get and cupsd.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

PACKAGES=(
  openjdk-17-jdk maven                    # build; the full JDK has the X11 toolkit the kiosk needs
  xvfb xauth x11-utils xdotool            # GUI tests on a real X server; screenshots
  cups cups-bsd cups-client cups-ipp-utils printer-driver-cups-pdf   # printing through a real queue (ipptool: job states)
  poppler-utils                           # pdftoppm/pdffonts for looking at PDFs
  mosquitto                               # a venue's own MQTT broker: the hub's test starts one on 127.0.0.1
  chromium chromium-driver                # the phone remote's page in a real browser (PhoneRemoteBrowserTest, Selenium)
  fonts-dejavu-core fonts-noto-core fonts-droid-fallback fonts-symbola   # PDF fallback glyphs
  fakeroot binutils                       # the Debian package: jpackage --type deb, jlink's objcopy (scripts/package.sh)
  systemd xinit                           # kiosk-setup's unit checked by systemd-analyze verify (ExecStart is xinit)
  libatk-wrapper-java libatk-wrapper-java-jni   # the screen-reader bridge (screenReader=true): its JNI part too,
                                          # which --no-install-recommends would otherwise leave out
  at-spi2-core dbus python3-pyatspi       # the accessibility bus, and the CI test that reads it (scripts/test-screen-reader.sh)
  speech-dispatcher speech-dispatcher-espeak-ng   # the optional speech mode (speech=true): spd-say and a voice
)

# One dpkg-query for all of them (kindred.sh runs this before every start: one process, not 17).
installed="$(dpkg-query -W -f='${Package} ${Status}\n' "${PACKAGES[@]}" 2>/dev/null || true)"
missing=()
for p in "${PACKAGES[@]}"; do
  [[ $'\n'"$installed"$'\n' == *$'\n'"$p install ok installed"$'\n'* ]] || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# CUPS: start the scheduler if it is not answering, then make sure the PDF queue exists, is
# enabled and accepts jobs. One lpstat asks all three when everything is already in place (kindred.sh
# runs this before every start). lpstat's words are translated: read them in the C locale.
export LC_ALL=C
cups_state() { lpstat -r -p PDF -a PDF 2>/dev/null || true; }
state="$(cups_state)"
if [[ $state != *"scheduler is running"* ]]; then
  $SUDO mkdir -p /run/cups
  $SUDO cupsd
  for _ in $(seq 1 50); do lpstat -r 2>/dev/null | grep -q "scheduler is running" && break; sleep 0.1; done
  state="$(cups_state)"
  if [[ $state != *"scheduler is running"* ]]; then
    echo "setup: cupsd did not start; see /var/log/cups/error_log" >&2
    exit 1
  fi
fi
if [[ $state != *"printer PDF "* ]]; then
  $SUDO lpadmin -p PDF -E -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd
  state="$(cups_state)"
fi
if [[ $state != *"enabled since"* || $state == *"not accepting"* ]]; then
  $SUDO cupsenable PDF 2>/dev/null || true
  $SUDO cupsaccept PDF 2>/dev/null || true
  state="$(cups_state)"
fi
echo "$state"
