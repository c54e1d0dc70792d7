#!/usr/bin/env bash
# Runs every benchmark of dynamo-connection and prints one table of ratios. Every ratio comes from
# interleaved pairs (A B A B ..., at least 5 pairs, one ratio per pair; PairRunner, PairLog): the
# table gives the median ratio and its min-max, and a set whose spread ((max-min)/median) is over
# 10% is marked noisy instead of met or missed, after being measured once more. The machine is
# shared: the load average is recorded before and after each section; start-up runs first, once the
# build's load has settled. Under 25 minutes on 2 idle cores (24.8 in the recorded run, the build
# and the wait included). Usage: benchmarks/run.sh [--quick]
#   --quick  a smoke run of everything (a minute or two; numbers meaningless)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT="$ROOT/benchmarks/target/results"
mkdir -p "$OUT"
rm -f "$OUT"/*.json "$OUT"/*.txt "$OUT"/*.log "$OUT"/*.md

QUICK=false
[ "${1:-}" = "--quick" ] && QUICK=true

echo "== Building (benchmarks and the modules it measures)"
# Without a clean, sample-app's with-embedded repackage would wrap the already repackaged jar
# (its Start-Class becoming the launcher itself): let the jar plugin make a plain jar anew.
rm -f "$ROOT"/sample-app/target/*.jar
./mvnw -B -q -pl benchmarks,sample-app -am package -DskipTests

JAR="$ROOT/benchmarks/target/benchmarks.jar"
JAVA_OPTS=(-Xms1g -Xmx2g)

DYNALITE_BIN=""
if command -v npm >/dev/null 2>&1; then
  if [ ! -x "$ROOT/benchmarks/node_modules/.bin/dynalite" ]; then
    echo "== Installing dynalite (npm) into benchmarks/"
    (cd "$ROOT/benchmarks" && npm install --no-save --no-audit --no-fund --silent dynalite@4 >/dev/null 2>&1) \
      || echo "   dynalite install failed: its rows are skipped"
  fi
  [ -x "$ROOT/benchmarks/node_modules/.bin/dynalite" ] && DYNALITE_BIN="$ROOT/benchmarks/node_modules/.bin/dynalite"
else
  echo "== npm not found: dynalite rows are skipped"
fi

if $QUICK; then
  PAIR_OPTS=(--warmup 1 --iteration 0.2); PEER_OPTS=(--warmup 1 --iteration 0.2)
  SCALE_ROUNDS="200 20000"; BULK_SIZES="10000"; STARTS=5
else
  # One JVM per pair set, both sides warmed alternately for 25 s of wall and of CPU time (the SDK's
  # call path needs 20 to 25 s of JIT warm-up here, FACTS.md), then 5 pairs of 1.5 s per side (1.2 s
  # against peers; 1 s for the pool gauges' cost, a row without a goal): the run stays under 25 minutes.
  PAIR_OPTS=(--warmup 25 --iteration 1.5); PEER_OPTS=(--warmup 20 --iteration 1.2)
  SCALE_ROUNDS=20000; BULK_SIZES="10000 100000 1000000"; STARTS=5
fi

load() { # section, before|after: the machine's load average and the time into load.txt
  echo "LOAD $1 $2 $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/load.txt"
  echo "TIME $1 $2 $(date +%s)" >> "$OUT/load.txt"
}

{ # the table's header: JDK and machine
  echo "MACHINE date $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "MACHINE jdk $(java -version 2>&1 | head -2 | paste -sd ";" -)"
  echo "MACHINE cpu $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)"
  echo "MACHINE cores $(nproc)"
  echo "MACHINE memory $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
} > "$OUT/machine.txt"

pairs() { # name Class method[,method] param=A param=B [PairRunner options]: one JVM, one line of the table per method and thread count
  local name=$1; shift
  local opts=("${PAIR_OPTS[@]}")
  [[ $1 == PeerBenchmark ]] && opts=("${PEER_OPTS[@]}")
  echo "== pairs $name: $*"
  load "$name" before
  java "${JAVA_OPTS[@]}" -Ddynalite.bin="$DYNALITE_BIN" -cp "$JAR" io.github.dynamoconnection.benchmarks.PairRunner \
    "$name" "$1" "$2" "$3" "$4" "${opts[@]}" "${@:5}" > "$OUT/$name.txt" 2>&1 \
    || { echo "   $name failed, see $OUT/$name.txt"; tail -20 "$OUT/$name.txt"; }
  load "$name" after
}

measure() { # name, then the java command: a main-class measurement into name.txt
  local name=$1; shift
  load "$name" before
  "$@" > "$OUT/$name.txt" 2>&1 || { echo "   $name failed"; tail -20 "$OUT/$name.txt"; }
  load "$name" after
}

settle() { # waits (at most 90 seconds) for the 1-minute load average to fall below 0.6, the build's load gone
  $QUICK && return
  local waited=0
  while awk '{ exit !($1 >= 0.6) }' /proc/loadavg && [ $waited -lt 90 ]; do sleep 5; waited=$((waited + 5)); done
  echo "SETTLE $1 waited ${waited}s" >> "$OUT/load.txt"
}

# Start-up first, on a settled machine: its two sides are whole processes that use both cores, so
# the load the later sections leave behind (3 to 4 after the bulk loads) would decide its ratio.
echo "== Start-up (sample app vs the same app without the starter)"
settle startup
measure startup java -cp "$JAR" io.github.dynamoconnection.benchmarks.StartupMeasurement "$STARTS" \
  "$ROOT/sample-app/target" "$ROOT/benchmarks/target/classes"

# One line per pair set; the report's rows name them as name.method.tTHREADS. In-process sets whose
# calls run wholly on the calling thread count calls per CPU second (--clock cpu, see PairRunner):
# on a loaded machine the scheduler, not the code, decides a wall-clock turn's share of a core.
pairs connection ConnectionOverheadBenchmark getItem,putItem,query10 api=raw api=connection --clock cpu
pairs floor EngineFloorBenchmark getItem,putItem backend=floor backend=engine --clock cpu
pairs observability-inprocess ObservabilityBenchmark getItem,putItem setup=plain setup=meters --param transport=inprocess --clock cpu
# What Spring Boot's default long task timer costs of that (ignored-meters=long-task-timer turns it off): no goal.
pairs observability-no-ltt ObservabilityBenchmark getItem,putItem setup=plain setup=meters-no-long-task-timer --param transport=inprocess --clock cpu --iteration 1
pairs observability-http ObservabilityBenchmark getItem,putItem setup=plain setup=meters --param transport=http
pairs observability-pool ObservabilityBenchmark getItem,putItem setup=plain setup=http-pool --param transport=http --iteration 1
# Ours is the engine's standalone jar in its own process, like moto and dynalite (PeerServer); the
# in-JVM embedded server is a diagnostic row.
pairs peers-moto PeerBenchmark getItem,putItem,query,batchWriteItem server=standalone server=moto --threads 1,8
[ -n "$DYNALITE_BIN" ] && pairs peers-dynalite PeerBenchmark getItem,putItem,query,batchWriteItem server=standalone server=dynalite --threads 1,8
pairs peers-embedded PeerBenchmark getItem,putItem server=standalone server=embedded

echo "== Scale (1 000 000 items)"
measure scale java -Xms3g -Xmx3g -cp "$JAR" io.github.dynamoconnection.benchmarks.ScaleMeasurement $SCALE_ROUNDS
for items in $BULK_SIZES; do
  echo "== Bulk load ($items items over HTTP)"
  measure "bulk-$items" java -Xms1g -Xmx3g -cp "$JAR" io.github.dynamoconnection.benchmarks.BulkLoadMeasurement "$items"
done

echo
python3 "$ROOT/benchmarks/report.py" "$OUT" | tee "$OUT/table.md"
