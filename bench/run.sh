#!/usr/bin/env bash
# Benchmark of the nightly chain (issue 13): generate N physicians (seed 42), then on a fresh database
#   1. each step alone, in order — import, rule, summary, feed (one JVM each, start-up included);
#   2. the whole chain at once — `nightly` on another fresh database;
#   3. the next night on unchanged inputs — `nightly` again with the following business date;
#   3b. (part "corrected", after "next") the night after one corrected file: exam_attempts.csv again with 1 % of its
#      rows changed (passed flipped on every 100th line), `nightly` with the day after;
#   4. (part "predict", on the database of part 1) the daily prediction of a day in the cycle, `predict`, beside the
#      ruling it must keep pace with (issue 23: it reads the same records through the same reads);
# and print seconds, rows/s, peak resident memory and CPU seconds (the JVM's; the database server's when it runs
# on this machine) of each, and the per-step seconds the nightly prints.
# BENCH_DB=mysql runs on MySQL/MariaDB at 127.0.0.1:3306 (root) and also times the yardstick: a plain LOAD DATA of
# the same six files on the same server (bench/load-data-baseline.sh), printing the nightly's ratio to it.
#   bench/run.sh [N=150000] [HEAP=1g] [PARTS="steps predict nightly next corrected"]
# BENCH_TUNE=1 (the default with mysql) sets the server to the settings production should use (README
# "Performance"): a buffer pool that holds the working set, the log flushed once a second.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-150000}
heap=${2:-1g}
parts=${3:-"steps predict nightly next corrected"}
work=bench/work/$n
date=2026-08-11
next=2026-08-12
after=2026-08-13
mkdir -p "$work"
[ -f target/dingkao.jar ] || ./mvnw -q -B -DskipTests package
# a copy, so a build during the benchmark does not pull the jar from under it; run as ./dingkao runs it (unpacked,
# with the class data sharing archive of its training run, prepared here before anything is timed)
cp target/dingkao.jar "$work/dingkao.jar"
export DINGKAO_JAR="$work/dingkao.jar" DINGKAO_APP_DIR="$work/app" DINGKAO_JAVA_OPTS="-Xmx$heap"
./dingkao --version > /dev/null
if [ ! -f "$work/input/roster.csv" ]; then
  ./dingkao generate --physicians "$n" --seed 42 --out "$work/input" > /dev/null
fi
rows=$(( $(cat "$work"/input/*.csv | wc -l) - 6 ))

db=${BENCH_DB:-h2}
# BENCH_DB_NAME: the MySQL database it may drop and create (give each worktree sharing a server its own)
bench_db=${BENCH_DB_NAME:-dingkao_bench}
settings=""
if [ "$db" = mysql ]; then
  export SPRING_PROFILES_ACTIVE=mysql
  if [ "${BENCH_TUNE:-1}" = 1 ]; then
    mariadb -uroot -e "SET GLOBAL innodb_buffer_pool_size = 4294967296; SET GLOBAL innodb_flush_log_at_trx_commit = 2"
  fi
  settings=$(mariadb -uroot -N -e "SELECT CONCAT('innodb_buffer_pool_size=', @@innodb_buffer_pool_size DIV 1048576,
    'M innodb_flush_log_at_trx_commit=', @@innodb_flush_log_at_trx_commit)")
fi

fresh() { # a new empty database for one part of the benchmark
  rm -rf "$work/data" "$work/out"
  if [ "$db" = mysql ]; then
    mariadb -uroot -e "DROP DATABASE IF EXISTS $bench_db; CREATE DATABASE $bench_db CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
    export DINGKAO_DB_URL="jdbc:mysql://127.0.0.1:3306/$bench_db?rewriteBatchedStatements=true&characterEncoding=UTF-8&sslMode=DISABLED&allowPublicKeyRetrieval=true"
  fi
}

# CPU seconds the database server has used so far, when it runs on this machine (else 0): with the JVM's own CPU
# it shows where a run's time goes — on 2 cores the nightly is CPU-bound, so what counts is the sum of both
server_cpu() {
  local pid
  pid=$(pgrep -x mariadbd || pgrep -x mysqld || true)
  if [ "$db" = mysql ] && [ -n "$pid" ]; then
    awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/${pid%%$'\n'*}/stat"
  else
    echo 0
  fi
}

results=()
run() { # run LABEL COMMAND DATE COUNT UNIT [INPUT]: one command of the packaged jar, timed
  local label=$1 command=$2 day=$3 count=$4 unit=$5 input=${6:-$work/input} before
  before=$(server_cpu)
  /usr/bin/time -f '%e %M %U %S' -o "$work/$label.time" ./dingkao "$command" --input "$input" \
    --out "$work/out" --data "$work/data" --date "$day" > "$work/$label.log" 2>&1 \
    || { echo "$label failed: see $work/$label.log"; tail -5 "$work/$label.log"; exit 1; }
  read -r secs kb user sys < "$work/$label.time"
  results+=("$label $secs $kb $count $unit $(echo "$user + $sys" | bc -l) $(echo "$(server_cpu) - $before" | bc -l)")
}

if [[ " $parts " == *" steps "* ]]; then
  fresh
  run import import $date "$rows" rows
  run rule rule $date "$n" physicians
  run summary summary $date "$n" physicians
  run feed feed $date "$n" physicians
  if [[ " $parts " == *" predict "* ]]; then
    # a June morning on the same database: the inbox is already imported, so its import only recognises the files
    run predict predict 2026-06-15 "$n" physicians
  fi
fi
if [[ " $parts " == *" nightly "* ]]; then
  fresh
  run nightly nightly $date "$n" physicians
  if [[ " $parts " == *" next "* ]]; then
    run next-night nightly $next "$n" physicians
    if [[ " $parts " == *" corrected "* ]]; then
      rm -rf "$work/corrected" && cp -r "$work/input" "$work/corrected"
      awk -F, -v OFS=, 'NR > 1 && NR % 100 == 0 { $8 = ($8 == "Y" ? "N" : "Y") } { print }' \
        "$work/input/exam_attempts.csv" > "$work/corrected/exam_attempts.csv"
      run corrected nightly $after "$n" physicians "$work/corrected"
    fi
  fi
fi
baseline=""
if [ "$db" = mysql ]; then
  baseline=$(bench/load-data-baseline.sh "$work/input" "${bench_db}_baseline" | sed -E 's/.*: ([0-9.]+) s.*/\1/')
fi

printf '\n%s physicians, %s input rows; database %s%s; heap -Xmx%s\n' "$n" "$rows" "$db" \
  "${settings:+ ($settings)}" "$heap"
printf '%-12s %9s %12s %-14s %12s %9s %9s\n' part seconds rate unit peak_rss_MB jvm_cpu db_cpu
steps=0
for line in "${results[@]}"; do
  read -r label secs kb count unit jvm dbcpu <<< "$line"
  printf '%-12s %9.1f %12.0f %-14s %12.0f %9.1f %9.1f\n' "$label" "$secs" "$(echo "$count / $secs" | bc -l)" "$unit/s" \
    "$(echo "$kb / 1024" | bc -l)" "$jvm" "$dbcpu"
  case $label in import|rule|summary|feed) steps=$(echo "$steps + $secs" | bc -l) ;; esac
  case $label in rule) rule_secs=$secs ;; predict) predict_secs=$secs ;; esac
done
if [ "$(echo "$steps > 0" | bc)" = 1 ]; then
  printf '%-12s %9.1f   (the four steps one by one, a JVM each)\n' "steps" "$steps"
fi
if [ -n "${predict_secs:-}" ] && [ -n "${rule_secs:-}" ]; then
  printf 'predict %.1f s beside rule %.1f s (ratio %.2f; each a command of its own, start-up included)\n' \
    "$predict_secs" "$rule_secs" "$(echo "$predict_secs / $rule_secs" | bc -l)"
  echo "rule and predict, seconds per step (their own tables; predict's import recognises the files imported):"
  sed -n '/^步骤 (step)/,/^$/p' "$work/rule.log" || true
  sed -n '/^步骤 (step)/,/^$/p' "$work/predict.log" | grep -v '^import\.' || true
fi
if [ -n "$baseline" ]; then
  printf '%-12s %9.1f   (plain LOAD DATA of the six files on the same server)\n' "LOAD DATA" "$baseline"
  for line in "${results[@]}"; do
    read -r label secs _ <<< "$line"
    if [ "$label" = nightly ]; then
      printf 'ratio nightly / LOAD DATA: %.2f\n' "$(echo "$secs / $baseline" | bc -l)"
    fi
  done
fi
for line in "${results[@]}"; do
  read -r label secs _ <<< "$line"
  case $label in nightly) first_secs=$secs ;; next-night|corrected)
    printf 'ratio %s / nightly: %.2f\n' "$label" "$(echo "$secs / ${first_secs:-$secs}" | bc -l)" ;; esac
done
if [ -f "$work/nightly.log" ]; then
  echo; echo "nightly, seconds per step (its own table):"
  sed -n '/步骤/,/^$/p' "$work/nightly.log" | head -60
fi
echo "logs in $work/"
