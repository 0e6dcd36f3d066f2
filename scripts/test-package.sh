#!/usr/bin/env bash
# The Debian package, end to end (CI runs it after ./test.sh; needs root):
# 1. builds it (scripts/package.sh) and installs it with apt-get, as a venue would;
# 2. smoke-tests the installed copy with no JDK in sight (/usr/lib/jvm hidden in a mount namespace):
#    `kindred validate`, `kindred render`, the kiosk's first frame under Xvfb, the menu entry;
# 3. the kiosk session (scripts/test-kiosk-session.sh) on the installed copy;
# 4. upgrade, remove and purge: settings, PIN, records, outbox and a venue's own content survive
#    installing a newer package and `apt remove`; `apt purge` deletes /var/lib/kindred and /etc/kindred.
# Prints the package's size, its installed size and the time each part took.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive LC_ALL=C
fail() { echo "test-package: FAIL: $*" >&2; exit 1; }
step() { echo "test-package: $1 ($(( SECONDS - t0 )) s)"; t0=$SECONDS; }
apt_install() { apt-get install -y -qq -o DPkg::Lock::Timeout=300 "$@" >/dev/null; }
t0=$SECONDS
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# 1. Build and install.
bash scripts/package.sh
deb="$(ls "$PWD"/target/package/kindred_*.deb)"
if dpkg -s kindred >/dev/null 2>&1; then apt-get purge -y -qq kindred >/dev/null; fi
rm -rf /var/lib/kindred /etc/kindred
step "package built"
apt_install "$deb"
command -v kindred >/dev/null || fail "kindred is not on the PATH"
[ -f /usr/share/applications/kindred.desktop ] || fail "no desktop entry"
[ -f /usr/share/icons/hicolor/256x256/apps/kindred.png ] || fail "no icon"
[ -d /opt/kindred/lib/app/content/exercises ] && [ -d /opt/kindred/lib/app/content/handouts ] || fail "no shipped content"
echo "test-package: $(basename "$deb"): $(du -k "$deb" | cut -f1) KiB, installed $(du -sk /opt/kindred | cut -f1) KiB"
step "installed"

# 2. Smoke tests from the installed copy, as a new user in an empty folder, with no JDK anywhere.
nojdk() {
  unshare --mount --propagation private bash -c 'mount -t tmpfs no-jdk /usr/lib/jvm && cd "$1" && shift && exec "$@"' \
    _ "$work" env -u JAVA_HOME HOME="$work" KINDRED_HOME="$work/data" PATH=/usr/local/bin:/usr/bin:/bin "$@"
}
nojdk sh -c '! command -v javac' || fail "a JDK is still visible"
nojdk kindred validate > "$work/validate.out" || fail "kindred validate: $(cat "$work/validate.out")"
grep -q '^0 errors' "$work/validate.out" || fail "kindred validate: $(tail -1 "$work/validate.out")"
nojdk kindred render --all --out "$work/pdf" >/dev/null || fail "kindred render"
[ "$(ls "$work/pdf"/*.pdf | wc -l)" -ge 10 ] || fail "kindred render wrote $(ls "$work/pdf" | wc -l) files"
[[ "$(pdftotext "$work/pdf/faq.pdf" -)" == *"Questions Couples"* ]] || fail "faq.pdf has not its text"
# The command line starts with its own class-data archive (trained on render --all at packaging).
nojdk env JAVA_TOOL_OPTIONS="-Xlog:cds=info" kindred render faq --out "$work/pdf-cds" > "$work/render-cds.out" 2>&1 \
  || fail "kindred render with -Xlog:cds: $(cat "$work/render-cds.out")"
grep -q "Opened archive /opt/kindred/lib/app/kindred-cli.jsa" "$work/render-cds.out" \
  || fail "kindred render did not open the command line's archive: $(grep -i archive "$work/render-cds.out")"
# The kiosk's first frame: it says so and exits (-Dkindred.exitWhenReady, through JAVA_TOOL_OPTIONS,
# which the launcher's JVM reads), with the class-data archive in use (a failed one only warns).
nojdk env JAVA_TOOL_OPTIONS="-Dkindred.readyMarker=true -Dkindred.exitWhenReady=true" \
  timeout 60 xvfb-run -a -s "-screen 0 1280x800x24" kindred > "$work/kiosk.out" 2>&1 || fail "kiosk: $(cat "$work/kiosk.out")"
grep -q KINDRED_READY "$work/kiosk.out" || fail "the kiosk showed no first frame: $(cat "$work/kiosk.out")"
grep -q "Unable to use shared archive" "$work/kiosk.out" && fail "the class-data archive was not used: $(cat "$work/kiosk.out")"
step "smoke tests from the installed copy (validate, render, first frame; no JDK)"

# 3. The kiosk session.
bash scripts/test-kiosk-session.sh /opt/kindred/bin/kindred
step "kiosk session"

# 3b. The screen reader from the installed launcher: off, the class-data archive and no bridge; on
# (screenReader=true in the settings), the bridge and the kiosk on the AT-SPI bus, read as a screen
# reader would (scripts/test-screen-reader.sh with /usr/bin/kindred).
KINDRED_HOME="$work/sr-off" KINDRED_SCREEN_READER= KINDRED_LAUNCH_PRINT=1 kindred kiosk > "$work/launch-off.txt"
grep -q AtkWrapper "$work/launch-off.txt" && fail "the launcher added the bridge with the screen reader off"
grep -q -- '-XX:SharedArchiveFile=/opt/kindred/lib/app/kindred.jsa' "$work/launch-off.txt" \
  || fail "the launcher left out the class-data archive: $(cat "$work/launch-off.txt")"
KINDRED_SCREEN_READER=1 KINDRED_LAUNCH_PRINT=1 kindred kiosk > "$work/launch-on.txt"
grep -qx -- '-Djavax.accessibility.assistive_technologies=org.GNOME.Accessibility.AtkWrapper' "$work/launch-on.txt" \
  || fail "KINDRED_SCREEN_READER=1: no bridge in $(cat "$work/launch-on.txt")"
bash scripts/test-screen-reader.sh /usr/bin/kindred || fail "the installed kiosk with screenReader=true, read through AT-SPI"
step "screen reader from the installed launcher"

# 4. Upgrade keeps data, remove keeps data, purge removes it. The newer package is this one with a
# higher version (the maintainer scripts are what is tested; the files are the same).
data=/var/lib/kindred
KINDRED_HOME=$data kindred outbox list >/dev/null   # the kiosk's data folder, made by Kindred itself
printf 'theme=dark\n' > "$data/settings.properties"
printf '739184\n739184\n' | KINDRED_HOME=$data kindred set-pin >/dev/null   # the PIN, set at the machine
[ -f "$data/pin" ] || fail "kindred set-pin wrote no PIN file"
mkdir -p "$data/records" "$data/outbox"
echo '{"session":"s-1","minutes":42}' > "$data/records/s-1.json"
echo '%PDF-1.4 waiting' > "$data/outbox/job-1.pdf"
cp /opt/kindred/lib/app/content/handouts/faq.md /etc/kindred/content/handouts/faq.md
sed -i 's/^title: .*/title: Our Own Questions/' /etc/kindred/content/handouts/faq.md
(cd / && find "$data" /etc/kindred -type f ! -path '*/logs/*' -print0 | sort -z | xargs -0 sha256sum) > "$work/before.sum"
KINDRED_HOME=$data kindred render faq --out "$work/venue" >/dev/null
[[ "$(pdftotext "$work/venue/faq.pdf" -)" == *"Our Own Questions"* ]] || fail "the venue's own faq.md is not layered over the shipped one"

newer="$work/tree"
dpkg-deb -R "$deb" "$newer"
old_version="$(dpkg-deb -f "$deb" Version)"
sed -i "s/^Version: .*/Version: ${old_version%-*}.1-1/" "$newer/DEBIAN/control"
DPKG_DEB_COMPRESSOR_TYPE=none dpkg-deb --build "$newer" "$work/kindred_newer.deb" >/dev/null
rm -rf "$newer"
apt_install "$work/kindred_newer.deb"
[ "$(dpkg-query -W -f='${Version}' kindred)" = "${old_version%-*}.1-1" ] || fail "the newer package is not installed"
sha256sum --quiet -c "$work/before.sum" || fail "an upgrade changed the venue's data"
kindred --version >/dev/null || fail "kindred does not run after the upgrade"

apt-get remove -y -qq kindred >/dev/null
[ ! -e /opt/kindred/bin/kindred ] && [ ! -e /usr/bin/kindred ] || fail "apt remove left the program"
[ ! -e /usr/share/applications/kindred.desktop ] || fail "apt remove left the menu entry"
sha256sum --quiet -c "$work/before.sum" || fail "apt remove changed the venue's data"
apt-get purge -y -qq kindred >/dev/null
[ ! -e /var/lib/kindred ] && [ ! -e /etc/kindred ] || fail "apt purge left /var/lib/kindred or /etc/kindred"
step "upgrade keeps data, remove keeps data, purge removes /var/lib/kindred and /etc/kindred"
echo "test-package: ok"
