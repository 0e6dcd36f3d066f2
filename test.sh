#!/usr/bin/env bash
# The whole test suite, from a fresh Debian machine: installs what the tests need (apt packages,
# CUPS with a PDF queue), runs every test under a real X server (Xvfb), then reads the kiosk's
# accessibility tree on a real AT-SPI bus (scripts/test-screen-reader.sh, a few seconds).
# Without Xvfb, plain `mvn verify` also passes: GUI tests then use a headless toolkit (Caciocavallo).
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
if command -v xvfb-run >/dev/null 2>&1; then
  xvfb-run -a -s "-screen 0 1920x1080x24" mvn -B verify "$@"
  bash scripts/test-screen-reader.sh
else
  mvn -B verify "$@"
fi
