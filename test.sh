#!/usr/bin/env bash
# The whole test suite, from a fresh Debian machine: installs what the tests need (apt packages,
# CUPS with a PDF queue), then runs every test under a real X server (Xvfb).
# Without Xvfb, plain `mvn verify` also passes: GUI tests then use a headless toolkit (Caciocavallo).
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
if command -v xvfb-run >/dev/null 2>&1; then
  exec xvfb-run -a -s "-screen 0 1920x1080x24" mvn -B verify "$@"
else
  exec mvn -B verify "$@"
fi
