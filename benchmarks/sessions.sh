#!/usr/bin/env bash
# Session register import benchmark (issue 20, item 5). Not part of `./mvnw verify`.
# Imports last school year's registers for a school of 1,500 pupils (about 570,000 session rows) into the
# embedded app, twice: once timed, once with the live heap measured at every tenth of the file.
# Usage: benchmarks/sessions.sh [extra JVM options, e.g. -Dbench.pupils=300]   Output also in target/bench-sessions.log
source "$(dirname "$0")/common.sh" sessions

say "compiling tests"
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test

say "running org.rejoin.benchmark.SessionImportBenchmark on $JDK"
"$JDK/bin/java" -Xmx1g -XX:+UseG1GC -Dvaadin.devmode.usageStatistics.enabled=false \
  -Dlogback.configurationFile=benchmarks/logback-bench.xml "$@" \
  -cp "target/test-classes:target/classes:$(cat target/bench.cp)" \
  org.rejoin.benchmark.SessionImportBenchmark 2>&1 | tee target/bench-sessions.log
say "finished in $(( $(date +%s) - started )) s; figures in docs/benchmarks.md"
