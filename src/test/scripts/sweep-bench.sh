#!/usr/bin/env bash
# Sweep benchmark: runs per second on 1 and 2 threads (in one warm JVM, 2,000-run sweeps), and peak memory of a 1,000-run against a
# 10,000-run sweep, on the base scenario given (default: the run layer's fixture scenario).
# Usage: src/test/scripts/sweep-bench.sh [SCENARIO] ; results on stdout. Needs GNU time (/usr/bin/time).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
scenario="$(realpath "${1:-$here/src/test/resources/scenarios/fixture-escalation.yaml}")"
jar="$here/target/tradewar.jar"
[ -f "$jar" ] || (cd "$here" && mvn -B -q -DskipTests package)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sweep() { # name replications
  cat > "$work/$1.yaml" <<YAML
name: $1
base: $scenario
design: grid
replications: $2
seed: 1
axes:
  economy.elasticity: [2.5]
metrics: [peak_avg_tariff_pct_us, deal_week, imports_change_pct_us, {name: p_deal, outcome: deal}]
YAML
  echo "$work/$1.yaml"
}
run() { # file threads xmx label
  rm -rf "$work/out"
  /usr/bin/time -f "$4 threads=$2 -Xmx$3 wall_s=%e cpu_user_s=%U peak_rss_mb=%M" \
    java -Xmx"$3" -Djava.awt.headless=true -jar "$jar" sweep "$1" --out "$work/out" --threads "$2" \
    --quiet --no-charts 2>&1 >/dev/null | sed 's/peak_rss_mb=\([0-9]*\)/peak_rss_kb=\1/'
}
java -Djava.awt.headless=true -cp "$jar" org.tradewar.sweep.SweepBench "$(sweep speed 2000)" 3
run "$(sweep small 1000)" 2 256m "1000 runs"
run "$(sweep large 10000)" 2 256m "10000 runs"
uptime
