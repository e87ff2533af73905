#!/usr/bin/env bash
# A Spark standalone master and worker on 127.0.0.1, from the Spark jars Maven fetched for -Pspark
# (no Spark distribution needed: a SPARK_HOME is laid out with links to those jars), then a sweep run
# there with --engine spark, compared with the same sweep on the thread pool (runs.csv, summary.csv,
# sensitivity.csv byte for byte). Prints wall times; stops the master and worker it started.
# Usage: [CHUNK_RUNS=100] src/test/scripts/spark-standalone.sh [SWEEP] [CORES]   (default: retaliation-vs-patience, 2)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
sweep="${1:-scenarios/sweeps/retaliation-vs-patience.yaml}"
cores="${2:-2}"
work="$(mktemp -d)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT
cd "$here"

echo "== build: mvn -Pspark package (jar with the Spark engine) and the Spark class path"
mvn -B -q -Pspark -DskipTests package
mvn -B -q -Pspark dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp "$here/target/tradewar.jar" "$work/tradewar.jar" # the driver and executors run this copy
spark_cp="$(cat "$work/cp.txt")"

# The worker builds each executor's class path from SPARK_HOME/jars: give it the Maven jars.
mkdir -p "$work/spark-home/jars"
IFS=: read -r -a jars <<< "$spark_cp"
for j in "${jars[@]}"; do ln -sf "$j" "$work/spark-home/jars/"; done
export SPARK_HOME="$work/spark-home"
export SPARK_LOCAL_IP=127.0.0.1
export SPARK_SCALA_VERSION=2.13 # else the worker looks for a source build's target folders

echo "== master and worker on 127.0.0.1 (SPARK_HOME=$SPARK_HOME, ${#jars[@]} jars)"
java -cp "$work/spark-home/jars/*" -Dspark.ui.enabled=false org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port 7077 --webui-port 18080 > "$work/master.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do grep -q "I have been elected leader" "$work/master.log" && break; sleep 0.5; done
grep -q "I have been elected leader" "$work/master.log" || { tail -20 "$work/master.log"; exit 1; }
java -cp "$work/spark-home/jars/*" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores "$cores" \
  --memory 2g --webui-port 18081 --work-dir "$work/worker" spark://127.0.0.1:7077 > "$work/worker.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do grep -q "Successfully registered with master" "$work/worker.log" && break; sleep 0.5; done
grep -q "Successfully registered with master" "$work/worker.log" || { tail -20 "$work/worker.log"; exit 1; }
echo "master: pid ${pids[0]}, worker: pid ${pids[1]} ($cores cores)"

echo "== the sweep on the thread pool ($cores threads)"
/usr/bin/time -f "thread pool: wall %e s, peak RSS %M KB" java -Djava.awt.headless=true -jar "$work/tradewar.jar" \
  sweep "$sweep" --out "$work/pool" --threads "$cores" --quiet --no-charts

echo "== the sweep on the standalone cluster"
# A driver whose executors cannot start waits for them forever: give it a bound.
timeout 900 /usr/bin/time -f "standalone driver: wall %e s, peak RSS %M KB" java -Djava.awt.headless=true \
  -Dspark.driver.host=127.0.0.1 -Dspark.jars="$work/tradewar.jar" -Dspark.executor.memory=1g \
  -cp "$work/tradewar.jar:$work/spark-home/jars/*" org.tradewar.cli.Main \
  sweep "$sweep" --out "$work/cluster" --engine spark --master spark://127.0.0.1:7077 --chunk-runs "${CHUNK_RUNS:-100}" --quiet --no-charts \
  2> >(grep -v -E "^\s*(WARN|INFO)|NativeCodeLoader|log4j" >&2)

echo "== compare"
status=0
for f in runs.csv summary.csv sensitivity.csv; do
  if [ -f "$work/pool/$f" ] || [ -f "$work/cluster/$f" ]; then
    if cmp -s "$work/pool/$f" "$work/cluster/$f"; then echo "same: $f"; else echo "DIFFERENT: $f"; status=1; fi
  fi
done
grep -h "Granted executor\|Launching executor" "$work/master.log" "$work/worker.log" | head -3 || true
exit $status
