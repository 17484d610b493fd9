#!/usr/bin/env bash
# Overview benchmark (issue 6, item 7). Not part of `./mvnw verify`.
# Starts the app, fills its PostgreSQL with a local authority of 200 schools, 200,000 pupils (a year of weekly
# attendance), 20,000 open cases and a year of history, then times everything the overview shows for the
# authority, for one school's leader and for the authority looking at one school.
# Usage: benchmarks/overview.sh [extra JVM options, e.g. -Dbench.calls=500]   Output also in target/bench-overview.log
source "$(dirname "$0")/common.sh" overview

say "compiling tests"
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test

say "running org.rejoin.benchmark.OverviewBenchmark on $JDK"
"$JDK/bin/java" -Xmx2g -XX:+UseG1GC -Dvaadin.devmode.usageStatistics.enabled=false \
  -Dlogback.configurationFile=benchmarks/logback-bench.xml "$@" \
  -cp "target/test-classes:target/classes:$(cat target/bench.cp)" \
  org.rejoin.benchmark.OverviewBenchmark 2>&1 | tee target/bench-overview.log
say "finished in $(( $(date +%s) - started )) s; figures in docs/benchmarks.md"
