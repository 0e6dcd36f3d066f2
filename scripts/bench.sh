#!/usr/bin/env bash
# Runs every benchmark, or the ones named: scripts/bench.sh [clock] [pdf] [print] [startup] [installed] [hub] ...
# (installed: the packaged launcher vs a bare JFrame on its runtime; needs the package installed)
# Prints a table: metric, Kindred, reference, ratio, goal. Benchmarks are never unit tests.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q package -DskipTests
# The start-up caches, as kindred.sh makes sure of them (package builds them only with a display).
if [ ! target/startup-archives.stamp -nt target/kindred.jar ]; then
  bash scripts/startup-archives.sh java target
fi
mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >/dev/null
mvn -B -q test-compile
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" app.kindred.bench.BenchMain "$@"
