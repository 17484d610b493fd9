#!/usr/bin/env bash
# Whole-case throughput benchmark (issue 7, item 5). Not part of `./mvnw verify`.
# Starts the app on each engine (the in-memory Zeebe 8.8 engine, then the standalone Zeebe 8.6 broker with one
# partition), drives whole cases through it as users would (import -> eight steps -> support plan -> closed),
# and writes cases per minute and the step hand-over latencies into docs/benchmarks.md.
# Usage: benchmarks/throughput.sh [memory|broker|both] [extra JVM options, e.g. -Dbench.cases=40 -Dbench.parallel=8]
source "$(dirname "$0")/common.sh" throughput

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
