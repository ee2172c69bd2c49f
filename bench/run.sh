#!/usr/bin/env bash
# Benchmark: generate N physicians, then time each step of the pipeline on a fresh embedded database with
# a bounded heap, and print the figures (seconds, rows/s, peak resident memory).
#   bench/run.sh [N=150000] [HEAP=512m] [STEPS="import rule"]
# Example for the README figures: bench/run.sh 1000000 512m "import rule"; bench/run.sh 1000000 1g nightly
# BENCH_DB=mysql runs on MySQL/MariaDB at 127.0.0.1:3306 (root) in a fresh database dingkao_bench instead of
# the embedded database.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-150000}
heap=${2:-512m}
steps=${3:-"import rule"}
work=bench/work/$n
date=2026-08-11
mkdir -p "$work"
[ -f target/dingkao.jar ] || ./mvnw -q -B -DskipTests package
# a copy, so a build during the benchmark does not pull the jar from under it
cp target/dingkao.jar "$work/dingkao.jar"
jar="$work/dingkao.jar"
if [ ! -f "$work/input/roster.csv" ]; then
  /usr/bin/time -f '%e %M' -o "$work/generate.time" java -Xmx$heap -jar "$jar" generate \
    --physicians "$n" --seed 42 --out "$work/input" > /dev/null
fi
rm -rf "$work/data" "$work/out"
if [ "${BENCH_DB:-h2}" = mysql ]; then
  mariadb -uroot -e 'DROP DATABASE IF EXISTS dingkao_bench; CREATE DATABASE dingkao_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_bin'
  export SPRING_PROFILES_ACTIVE=mysql
  export DINGKAO_DB_URL='jdbc:mysql://127.0.0.1:3306/dingkao_bench?rewriteBatchedStatements=true&characterEncoding=UTF-8&sslMode=DISABLED&allowPublicKeyRetrieval=true'
fi
printf '%-10s %10s %12s %14s %14s\n' step seconds physicians physicians/s peak_rss_MB
for step in $steps; do
  /usr/bin/time -f '%e %M' -o "$work/$step.time" java -Xmx$heap -jar "$jar" "$step" \
    --input "$work/input" --out "$work/out" --data "$work/data" --date $date > "$work/$step.log" 2>&1 \
    || { echo "$step failed: see $work/$step.log"; tail -5 "$work/$step.log"; exit 1; }
  read -r secs kb < "$work/$step.time"
  printf '%-10s %10s %12s %14.0f %14.0f\n' "$step" "$secs" "$n" "$(echo "$n / $secs" | bc -l)" "$(echo "$kb / 1024" | bc -l)"
done
echo "database ${BENCH_DB:-h2}, heap -Xmx$heap; logs in $work/"
