#!/usr/bin/env bash
# Runs every benchmark of dynamo-connection and prints one table of ratios, each measured side by
# side in the same run (the machine is shared and noisy: absolute numbers do not compare across
# runs, ratios do). Takes about 15 minutes on 2 cores. Usage: benchmarks/run.sh [--quick]
#   --quick  one short iteration of everything (a smoke run, a minute or two; numbers meaningless)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT="$ROOT/benchmarks/target/results"
mkdir -p "$OUT"
rm -f "$OUT"/*.json "$OUT"/*.txt

QUICK=false
[ "${1:-}" = "--quick" ] && QUICK=true

echo "== Building (benchmarks and the modules it measures)"
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
  WARM=(-wi 1 -w 1s); MEASURE=(-i 1 -r 1s); OURS_WARM=(-wi 1 -w 1s); PEER_WARM=(-wi 1 -w 1s); PEER_MEASURE=(-i 1 -r 1s)
  SCALE_ROUNDS=200; BULK_ITEMS=5000; STARTS=1
else
  # The SDK's call path needs 10 to 25 s of JIT warm-up here (FACTS.md): warm long, measure shorter.
  # Over HTTP the embedded server shares the benchmark JVM, so it warms up with the client (25 s);
  # moto and dynalite are other processes whose speed the client's warm-up barely changes.
  WARM=(-wi 4 -w 5s); MEASURE=(-i 3 -r 4s); OURS_WARM=(-wi 5 -w 5s); PEER_WARM=(-wi 2 -w 3s); PEER_MEASURE=(-i 2 -r 4s)
  SCALE_ROUNDS=20000; BULK_ITEMS=100000; STARTS=5
fi

jmh() { # name, then JMH args
  local name=$1; shift
  echo "== JMH $name"
  java "${JAVA_OPTS[@]}" -Ddynalite.bin="$DYNALITE_BIN" -jar "$JAR" "$@" -f 1 \
    -jvmArgs "-Xms1g -Xmx2g -Ddynalite.bin=$DYNALITE_BIN" -rf json -rff "$OUT/$name.json" > "$OUT/$name.log" 2>&1 \
    || { echo "   $name failed, see $OUT/$name.log"; tail -20 "$OUT/$name.log"; }
}

jmh connection ConnectionOverheadBenchmark "${WARM[@]}" "${MEASURE[@]}"
jmh observability ObservabilityBenchmark "${WARM[@]}" "${MEASURE[@]}"
jmh floor EngineFloorBenchmark "${WARM[@]}" "${MEASURE[@]}"
PEERS=moto
[ -n "$DYNALITE_BIN" ] && PEERS=moto,dynalite
# standalone = the engine's standalone jar in its own process (measured like the peers); embedded = in-JVM diagnostic
jmh ours-t1 'PeerBenchmark' -p server=standalone,embedded -t 1 "${OURS_WARM[@]}" "${PEER_MEASURE[@]}"
jmh ours-t8 'PeerBenchmark' -p server=standalone,embedded -t 8 "${OURS_WARM[@]}" "${PEER_MEASURE[@]}"
jmh peers-t1 'PeerBenchmark' -p server=$PEERS -t 1 "${PEER_WARM[@]}" "${PEER_MEASURE[@]}"
jmh peers-t8 'PeerBenchmark' -p server=$PEERS -t 8 "${PEER_WARM[@]}" "${PEER_MEASURE[@]}"

echo "== Scale (1 000 000 items)"
java -Xms3g -Xmx3g -cp "$JAR" io.github.dynamoconnection.benchmarks.ScaleMeasurement "$SCALE_ROUNDS" > "$OUT/scale.txt" 2>&1 \
  || { echo "   scale failed"; tail -20 "$OUT/scale.txt"; }
echo "== Bulk load ($BULK_ITEMS items over HTTP)"
java "${JAVA_OPTS[@]}" -cp "$JAR" io.github.dynamoconnection.benchmarks.BulkLoadMeasurement "$BULK_ITEMS" > "$OUT/bulk.txt" 2>&1 \
  || { echo "   bulk load failed"; tail -20 "$OUT/bulk.txt"; }
echo "== Start-up (sample app vs the same app without the starter)"
java -cp "$JAR" io.github.dynamoconnection.benchmarks.StartupMeasurement "$STARTS" \
  "$ROOT/sample-app/target" "$ROOT/benchmarks/target/classes" > "$OUT/startup.txt" 2>&1 || { echo "   start-up failed"; tail -20 "$OUT/startup.txt"; }

echo
python3 "$ROOT/benchmarks/report.py" "$OUT" | tee "$OUT/table.md"
