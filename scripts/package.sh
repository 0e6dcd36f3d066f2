#!/usr/bin/env bash
# Builds the Debian package, one command: scripts/package.sh  ->  target/package/kindred_VERSION_amd64.deb
# (KINDRED_VERSION=0.2.0 scripts/package.sh for another version number: the upgrade test builds two).
#
# What is in it (installed under /opt/kindred; `kindred` on the PATH through /usr/bin/kindred):
# - a Java runtime made by jlink of only the modules Kindred needs, stripped (no debug symbols, no
#   headers, no man pages, compressed): a machine needs no JDK;
# - lib/app/kindred.jar, the shipped exercises/ and handouts/ (lib/app/content), and the
#   class-data-sharing archive lib/app/kindred.jsa made by a training run of this very runtime and
#   jar (the kiosk up to its first frame, under Xvfb), and lib/app/kindred-cli.jsa for the command
#   line (trained on `render --all`; kindred-launch uses it for render, validate, print, summary, outbox);
# - the launcher's configuration (lib/app/kindred.cfg) with the kiosk's JVM options, the same as
#   scripts/kiosk-jvm.sh gives ./kindred.sh, and the archive: one JVM per start, no relaunch;
# - a desktop entry and an icon; maintainer scripts (packaging/deb) that keep /etc/kindred/content
#   (a venue's own content, layered over the shipped one) and /var/lib/kindred (the kiosk's data)
#   through upgrades and `apt remove`, and delete them on `apt purge`;
# - lib/app/kiosk/: what `sudo kindred kiosk-setup` installs (see scripts/kiosk-setup.sh);
# - a dependency on libatk-wrapper-java-jni: /usr/bin/kindred (packaging/kindred-launch) adds the
#   Java accessibility bridge to the runtime when a screen reader is wanted.
# Needs: a JDK 17 with jlink and jpackage, fakeroot, dpkg-deb, objcopy (binutils), xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C

pom_version="$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)"
version="${KINDRED_VERSION:-${pom_version%-SNAPSHOT}}"
out=target/package
jdk_bin="$(dirname "$(readlink -f "$(command -v javac)")")"

if [ ! -f target/kindred.jar ] || [ -n "$(find src pom.xml -newer target/kindred.jar -print -quit)" ]; then
  mvn -B -q package -DskipTests -P '!cds-archive'
fi
rm -rf "$out"
mkdir -p "$out/input/content" "$out/input/kiosk"

# The modules: what `jdeps --print-module-deps` finds in the shaded jar (java.base, java.desktop,
# java.management, java.sql; measured), with the JDK's own class-data archive (the kindred archive
# builds on it), plus what is reached by reflection or service lookup:
# java.logging (java.util.logging), java.xml, java.prefs, jdk.unsupported (sun.misc.Unsafe, used by
# libraries when present), jdk.zipfs (fonts read from the jar), jdk.charsets, java.naming, jdk.httpserver
# (the phone remote's web server, com.sun.net.httpserver).
# The CI smoke test (validate, render, the kiosk's first frame) runs on exactly this runtime.
modules=java.base,java.desktop,java.management,java.sql,java.logging,java.xml,java.prefs,java.naming,jdk.unsupported,jdk.zipfs,jdk.charsets,jdk.httpserver
"$jdk_bin/jlink" --add-modules "$modules" --strip-java-debug-attributes --generate-cds-archive --no-header-files --no-man-pages --compress=2 \
  --strip-native-debug-symbols=objcopy="$(command -v objcopy)" --output "$out/runtime"

cp target/kindred.jar "$out/input/"
cp -r exercises handouts "$out/input/content/"
cp scripts/kiosk-setup.sh "$out/input/kiosk/"
cp packaging/kindred.desktop packaging/kindred.png packaging/kindred-launch "$out/input/"

# The kiosk's JVM options: scripts/kiosk-jvm.sh's, so both ways to start are the same JVM.
mapfile -t tuned < <(scripts/kiosk-jvm.sh --options | grep -v ThreadPriorityPolicy)
java_options=("${tuned[@]}" "-Dkindred.content=\$APPDIR/content" "-Dkindred.venueContent=/etc/kindred/content"
  "-Dkindred.appDir=\$APPDIR")
app_args=(--name kindred --app-version "$version" --vendor "Kindred" --icon packaging/kindred.png
  --description "Timed listening and empathy exercises for couples and workshops, with printed take-home sheets")

opts=()
for o in "${java_options[@]}"; do opts+=(--java-options "$o"); done
deb_args=(--type deb --dest "$out" --input "$out/input" --main-jar kindred.jar --main-class app.kindred.app.Main
  --runtime-image "$out/runtime" "${opts[@]}" "${app_args[@]}" --resource-dir packaging/deb --install-dir /opt
  --linux-package-name kindred --linux-deb-maintainer "kindred@localhost" --linux-menu-group "Education"
  --linux-package-deps libatk-wrapper-java-jni
  --linux-app-category education)
# gzip, not dpkg's default xz: the last step took 35 s instead of 75 s here, for 63 MB instead of 58 MB.
compress=gzip

# The class-data archive is trained on the package's own files: JDK 17 records the jar's path, size
# and time in the archive and uses it only where they match ("A jar file is not the one used while
# building the shared archive file"), and jpackage gives the files new times as it packs them. So:
# jpackage makes the package (uncompressed, quick), it is unpacked, the kiosk runs up to its first
# frame from the unpacked files seen at /opt/kindred (a mount namespace of its own: the real /opt is
# not touched), and the same files, archive added, are packed again. Root only; without root the
# package is made without the archive (and says so).
xvfb=()
if command -v xvfb-run >/dev/null 2>&1; then xvfb=(xvfb-run -a -s "-screen 0 1280x800x24"); fi
if [ "$(id -u)" -ne 0 ] || ! command -v unshare >/dev/null 2>&1; then
  DPKG_DEB_COMPRESSOR_TYPE=$compress "$jdk_bin/jpackage" "${deb_args[@]}"
  echo "package: no class-data archive (training it needs root and unshare); the package works without it" >&2
else
  DPKG_DEB_COMPRESSOR_TYPE=none "$jdk_bin/jpackage" "${deb_args[@]}"
  deb="$(ls "$out"/kindred_*.deb)"
  tree="$out/tree"
  dpkg-deb -R "$deb" "$tree"
  home="$(mktemp -d)"
  train=(timeout 90 "${xvfb[@]}" /opt/kindred/lib/runtime/bin/java "${tuned[@]}"
    -XX:ArchiveClassesAtExit=/opt/kindred/lib/app/kindred.jsa -Xlog:cds=off -Xlog:cds+dynamic=off
    -Dkindred.exitWhenReady=true "-Dkindred.home=$home" -Dkindred.content=/opt/kindred/lib/app/content
    -cp /opt/kindred/lib/app/kindred.jar app.kindred.app.Main kiosk)
  # The command line (render, validate, print, summary, outbox) gets an archive of its own, trained
  # on `render --all` of the shipped handouts: a JVM maps one dynamic archive, and the kiosk's holds
  # none of PDFBox's start-up. kindred-launch picks it for those commands.
  train_cli=(timeout 90 /opt/kindred/lib/runtime/bin/java "${tuned[@]}"
    -XX:ArchiveClassesAtExit=/opt/kindred/lib/app/kindred-cli.jsa -Xlog:cds=off -Xlog:cds+dynamic=off
    "-Dkindred.home=$home" -Dkindred.content=/opt/kindred/lib/app/content -Dkindred.venueContent=/opt/kindred/none
    -cp /opt/kindred/lib/app/kindred.jar app.kindred.app.Main render --all --out "$home/render")
  unshare --mount --propagation private bash -c \
      'mount -t tmpfs kindred-training /opt && mkdir /opt/kindred && mount --bind "$1" /opt/kindred && shift && exec "$@"' \
      _ "$PWD/$tree/opt/kindred" "${train_cli[@]}" >/dev/null 2>&1 || true
  if [ ! -s "$tree/opt/kindred/lib/app/kindred-cli.jsa" ]; then
    rm -f "$tree/opt/kindred/lib/app/kindred-cli.jsa"
    echo "package: no class-data archive for the command line (render --all failed in training)" >&2
  fi
  if unshare --mount --propagation private bash -c \
        'mount -t tmpfs kindred-training /opt && mkdir /opt/kindred && mount --bind "$1" /opt/kindred && shift && exec "$@"' \
        _ "$PWD/$tree/opt/kindred" "${train[@]}" >/dev/null 2>&1 \
      && [ -s "$tree/opt/kindred/lib/app/kindred.jsa" ]; then
    # Before jpackage's own options: -Xshare:auto, so a damaged archive only costs speed.
    sed -i "/^\[JavaOptions\]/a java-options=-XX:SharedArchiveFile=\$APPDIR/kindred.jsa\njava-options=-Xshare:auto" \
      "$tree/opt/kindred/lib/app/kindred.cfg"
  else
    rm -f "$tree/opt/kindred/lib/app/kindred.jsa"
    echo "package: no class-data archive (the kiosk did not start under Xvfb); the package works without it" >&2
  fi
  rm -rf "$home"
  size="$(du -sk --exclude=DEBIAN "$tree" | cut -f1)"
  sed -i "s/^Installed-Size: .*/Installed-Size: $size/" "$tree/DEBIAN/control"
  rm -f "$deb"
  DPKG_DEB_COMPRESSOR_TYPE=$compress dpkg-deb --build "$tree" "$deb" >/dev/null
  rm -rf "$tree"
fi

deb="$(ls "$out"/kindred_*.deb)"
echo "package: $deb ($(du -h "$deb" | cut -f1); installed $(dpkg-deb -f "$deb" Installed-Size) KiB) in ${SECONDS} s"
