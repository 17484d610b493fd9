#!/usr/bin/env bash
# Inbox query and heap benchmark (issue 3, item 11). Not part of `./mvnw verify`.
# Fills an embedded PostgreSQL with 100,000 open and 1,000,000 completed tasks over 200 schools, times the
# first page of each inbox list through the real TaskQueries, EXPLAINs them, and measures one inbox view's heap.
# Usage: benchmarks/inbox.sh [extra JVM options, e.g. -Dbench.calls=5000]    Output is also kept in target/bench-inbox.log
source "$(dirname "$0")/common.sh" inbox

say "compiling tests"
./mvnw -q -B test-compile
say "building the test classpath"
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test

say "running org.rejoin.inbox.internal.InboxQueryBenchmark on $JDK"
# fixed 2 GB heap so the used-heap deltas are measured in a heap that never needs to grow
"$JDK/bin/java" -Xms2g -Xmx2g -XX:+UseG1GC -Dvaadin.devmode.usageStatistics.enabled=false \
  -Dlogback.configurationFile=benchmarks/logback-bench.xml "$@" \
  -cp "target/test-classes:target/classes:$(cat target/bench.cp)" \
  org.rejoin.inbox.internal.InboxQueryBenchmark 2>&1 | tee target/bench-inbox.log
say "finished in $(( $(date +%s) - started )) s; output in target/bench-inbox.log"
