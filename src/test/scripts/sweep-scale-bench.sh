#!/usr/bin/env bash
# Scale benchmarks of sweeps (docs/sweeps.md): on the built-in Ishigami function, so the figures are
# the sweep machinery's own (points by index, rows, resume index, sorting, summaries), not the model's.
#  1. 10^4 against 10^6 runs on the thread pool: wall time and peak RSS (-Xmx256m);
#  2. the thread pool against Spark embedded on local[N] on 10^5 runs (needs the -Pspark jar);
#  3. 100 shards of 10^4 runs each, then their merge.
# Usage: src/test/scripts/sweep-scale-bench.sh [THREADS] [PARTS]   PARTS: any of 1 2 3 (default all)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
threads="${1:-2}"
parts="${2:-1 2 3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$here"
sweep() { # name samples replications
  cat > "$work/$1.yaml" <<YAML
name: $1
base: builtin:ishigami
design: random
samples: $2
replications: $3
seed: 1
axes:
  x1: {min: -3.141592653589793, max: 3.141592653589793}
  x2: {min: -3.141592653589793, max: 3.141592653589793}
  x3: {min: -3.141592653589793, max: 3.141592653589793}
metrics: [y]
YAML
  echo "$work/$1.yaml"
}
timed() { # label command...
  local label="$1"; shift
  /usr/bin/time -f "$label: wall %e s, cpu %U s user, peak RSS %M KB" "$@" > /dev/null
}

if [[ " $parts " == *" 1 "* ]]; then
  [ -f target/tradewar.jar ] || mvn -B -q -DskipTests package
  cp target/tradewar.jar "$work/tradewar.jar"
  for runs in 10000 1000000; do
    f="$(sweep "s$runs" $((runs / 10)) 10)"
    timed "thread pool, $runs runs, $threads threads, -Xmx256m" java -Xmx256m -Djava.awt.headless=true \
      -jar "$work/tradewar.jar" sweep "$f" --out "$work/o$runs" --threads "$threads" --quiet --no-charts
    echo "  runs.csv $(du -h "$work/o$runs/runs.csv" | cut -f1), summary.csv $(wc -l < "$work/o$runs/summary.csv") lines"
    rm -rf "$work/o$runs"
  done
fi

if [[ " $parts " == *" 2 "* ]]; then
  mvn -B -q -Pspark -DskipTests package
  mvn -B -q -Pspark dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile="$work/cp.txt" >/dev/null
  cp target/tradewar.jar "$work/tradewar-spark.jar"
  f="$(sweep s100000 10000 10)"
  timed "thread pool, 100000 runs, $threads threads" java -Djava.awt.headless=true -jar "$work/tradewar-spark.jar" \
    sweep "$f" --out "$work/pool" --threads "$threads" --quiet --no-charts
  timed "spark local[$threads], 100000 runs, 10000 runs a task" java -Djava.awt.headless=true \
    -cp "$work/tradewar-spark.jar:$(cat "$work/cp.txt")" org.tradewar.cli.Main sweep "$f" --out "$work/spark" \
    --engine spark --master "local[$threads]" --quiet --no-charts 2> >(grep -v -E "WARN|INFO|log4j" >&2)
  for x in runs.csv summary.csv; do cmp "$work/pool/$x" "$work/spark/$x" && echo "  same $x"; done
fi

if [[ " $parts " == *" 3 "* ]]; then
  [ -f "$work/tradewar.jar" ] || cp target/tradewar.jar "$work/tradewar.jar"
  f="$(sweep s1000000 100000 10)"
  start=$(date +%s.%N)
  for i in $(seq 1 100); do
    java -Xmx256m -Djava.awt.headless=true -jar "$work/tradewar.jar" sweep "$f" --shard "$i/100" \
      --out "$work/shard-$i" --threads "$threads" --quiet > /dev/null
  done
  echo "100 shards of 10000 runs, one after another: wall $(echo "$(date +%s.%N) - $start" | bc) s"
  timed "merge of 100 shards (10^6 runs), with charts and report" java -Xmx256m -Djava.awt.headless=true \
    -jar "$work/tradewar.jar" sweep merge "$work"/shard-* --out "$work/merged"
  echo "  merged runs.csv $(du -h "$work/merged/runs.csv" | cut -f1)"
fi
