#!/usr/bin/env bash
# Engine stress (issue 25). Not part of `./mvnw verify`.
# 1. The log storage alone (LogStorageBenchmark): the engine's own class against Rejoin's replacement, read while
#    it grows (200 rounds against 2,000), and append/read speed on one thread.
# 2. Whole engines (EngineStress): fresh in-memory engines in turn under load, first on the engine's own log
#    storage (its jar put first on the class path), then on Rejoin's replacement; counts the engines that stopped.
# Usage: benchmarks/engine-stress.sh [engines on the engine's own storage, default 100] [engines on Rejoin's, default 10x]
#        (0 engines skips part 2)
source "$(dirname "$0")/common.sh" engine-stress
original=${1:-100}
rejoins=${2:-$(( original * 10 ))}

say "compiling tests"
./mvnw -q -B -o test-compile 2>/dev/null || ./mvnw -q -B test-compile
./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
engine_jar=$(tr ':' '\n' < target/bench.cp | grep zeebe-process-test-engine)
say "the log storage alone"
"$JDK/bin/java" -Xmx4g -cp "target/test-classes:target/classes:$(cat target/bench.cp)" org.rejoin.benchmark.LogStorageBenchmark \
  2>&1 | grep -v "^WARNING" | tee target/bench-log-storage.log
[ "$original" -gt 0 ] || exit 0
rows=target/bench-engine-stress.rows
: > "$rows"
run() { # $1 label, $2 engines, $3 class path
  say "$2 engines on the $1 log storage"
  "$JDK/bin/java" -Xmx2g -Dlogback.configurationFile=benchmarks/logback-bench.xml \
    -Dbench.storage="$1" -Dbench.engines="$2" -Dbench.append-to="$rows" -cp "$3" org.rejoin.benchmark.EngineStress \
    2>&1 | grep -v "^WARNING" | tee -a target/bench-engine-stress.log
}
run "engine's own" "$original" "$engine_jar:target/test-classes:target/classes:$(cat target/bench.cp)"
run "Rejoin's" "$rejoins" "target/test-classes:target/classes:$(cat target/bench.cp)"
"$JDK/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench.cp)" org.rejoin.benchmark.EngineStressReport "$rows"
say "finished in $(( $(date +%s) - started )) s; figures in docs/benchmarks.md"
