#!/usr/bin/env bash
# Whole-case throughput benchmark (issue 7, item 5). Not part of `./mvnw verify`.
# Starts the app on the in-memory Zeebe 8.8 engine, drives whole cases through it as users would
# (import -> eight steps -> support plan -> closed), and writes cases per minute and the step hand-over
# latencies into docs/benchmarks.md. (The standalone-broker mode is gone: that distribution is under the
# vendor's own licence, see docs/decisions/0008.)
# Usage: benchmarks/throughput.sh [extra JVM options, e.g. -Dbench.cases=40 -Dbench.parallel=8]
source "$(dirname "$0")/common.sh" throughput

say "compiling tests"
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test

say "running org.rejoin.benchmark.CaseThroughput on the in-memory engine with $JDK"
"$JDK/bin/java" -Xmx2g -XX:+UseG1GC -Dvaadin.devmode.usageStatistics.enabled=false \
  -Dlogback.configurationFile=benchmarks/logback-bench.xml "$@" \
  -cp "target/test-classes:target/classes:$(cat target/bench.cp)" \
  org.rejoin.benchmark.CaseThroughput 2>&1 | tee "target/bench-throughput-memory.log"
say "finished in $(( $(date +%s) - started )) s; figures in docs/benchmarks.md"
