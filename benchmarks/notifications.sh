#!/usr/bin/env bash
# Notifications benchmark (issue 18). Not part of `./mvnw verify`.
# The whole app (embedded run); one attendance import whose case's first step is offered to 2,000 champions;
# times the 2,000 emails from the import to the last one accepted by the in-JVM SMTP server, and writes the
# figures into docs/benchmarks.md. Output also in target/bench-notifications.log
source "$(dirname "$0")/common.sh" notifications

say "running org.rejoin.benchmark.NotificationBenchmark"
JAVA_HOME="$JDK" ./mvnw -q -B test -Dtest=NotificationBenchmark -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
  | tee target/bench-notifications.log | grep -E '^\|' || true
say "finished in $(( $(date +%s) - started )) s; figures in docs/benchmarks.md"
