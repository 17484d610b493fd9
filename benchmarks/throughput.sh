#!/usr/bin/env bash
# Whole-case throughput benchmark (issue 7, item 5). Not part of `./mvnw verify`.
# Starts the app on each engine (the in-memory Zeebe 8.8 engine, then the standalone Zeebe 8.6 broker with one
# partition), drives whole cases through it as users would (import -> eight steps -> support plan -> closed),
# and writes cases per minute and the step hand-over latencies into docs/benchmarks.md.
# Usage: benchmarks/throughput.sh [memory|broker|both] [extra JVM options, e.g. -Dbench.cases=40 -Dbench.parallel=8]
set -euo pipefail
cd "$(dirname "$0")/.."

started=$(date +%s)
say() { echo "[bench $(( $(date +%s) - started )) s] $*"; }

# A JDK 21+ to run with: JAVA_HOME if it is one, else the first one found where .mvn/require-jdk.sh looks.
jdk_major() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null; }
find_jdk() {
  local home major
  for home in "${JAVA_HOME:-}" /usr/lib/jvm/* /usr/java/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home \
              "${HOME:-/root}"/.sdkman/candidates/java/* "${HOME:-/root}"/.jdks/*; do
    [ -n "$home" ] && [ -x "$home/bin/java" ] || continue
    major=$(jdk_major "$home")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then echo "$home"; return 0; fi
  done
  return 1
}
JDK=$(find_jdk) || { echo "The throughput benchmark needs a JDK 21 or newer (set JAVA_HOME to one)." >&2; exit 1; }

engines=${1:-both}; shift || true
case "$engines" in both) engines="memory broker" ;; memory|broker) ;; *) echo "Say memory, broker or both" >&2; exit 1 ;; esac

say "compiling tests (and unpacking the Zeebe broker under target/broker)"
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test

for engine in $engines; do
  say "running org.rejoin.benchmark.CaseThroughput on the $engine engine with $JDK"
  "$JDK/bin/java" -Xmx2g -XX:+UseG1GC -Dvaadin.devmode.usageStatistics.enabled=false -Dbench.engine="$engine" \
    -Dlogback.configurationFile=benchmarks/logback-bench.xml "$@" \
    -cp "target/test-classes:target/classes:$(cat target/bench.cp)" \
    org.rejoin.benchmark.CaseThroughput 2>&1 | tee "target/bench-throughput-$engine.log"
done
say "finished in $(( $(date +%s) - started )) s; figures in docs/benchmarks.md"
