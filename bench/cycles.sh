#!/usr/bin/env bash
# Issue 21's "done when": cycle 2026 then its re-assessment 2026R, both by `nightly`, on freshly generated inputs of
# both cycles (mixed formats: XLSX, GB18030, BOM, Chinese headers; every edge of the generators), seed after seed:
#   1. generate 2026 (N physicians) → nightly --cycle 2026 --date 2026-08-11 on a fresh database;
#   2. generate the 2026R inbox from that database's 2026 results → nightly --cycle 2026R --date 2027-07-23;
#   3. check: both nights completed; the population (2026 results FAIL or DEFERRED, as the 2026 feed delivers them)
#      is exactly the 2026R physicians ruled (the 2026R table's 医师 total), and the 2026R feed holds exactly the
#      population less those the 2026R ruling found HIDDEN (spec: HIDDEN physicians are not in the feed); every row
#      of the 2026R feed says cycle_year 2026R and no one outside the population is in it.
# Prints one line per seed (seconds of each night, population, feed rows) and the totals.
#   bench/cycles.sh [SEEDS_H2=20] [SEEDS_MYSQL=5] [N=3000] [FIRST_SEED=1]
# MySQL/MariaDB at 127.0.0.1:3306 (root), database $BENCH_MYSQL_DB (default dingkao_t21_bench), recreated per seed.
set -euo pipefail
cd "$(dirname "$0")/.."
seeds_h2=${1:-20}
seeds_mysql=${2:-5}
n=${3:-3000}
first=${4:-1}
mysql_db=${BENCH_MYSQL_DB:-dingkao_t21_bench}
work=${BENCH_WORK:-bench/work/cycles-$n}
mkdir -p "$work"
[ -f target/dingkao.jar ] || ./mvnw -q -B -o -DskipTests package
# a copy, so that a build during the benchmark does not pull the jar from under it
cp target/dingkao.jar "$work/dingkao.jar"
export DINGKAO_JAR="$work/dingkao.jar" DINGKAO_APP_DIR="$work/app"
./dingkao --version > /dev/null

check() { # check OUT LOG2026R: prints "population feed_rows" or fails with the reason
  python3 - "$1" "$2" <<'PY'
import csv, glob, re, sys
out, log = sys.argv[1], sys.argv[2]
def feed(cycle):
    files = sorted(glob.glob(f"{out}/feed/{cycle}/DK_{cycle}_*.csv"))
    if not files:
        sys.exit(f"no feed of {cycle}")
    with open(files[0], encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))
population = {r["cert_no"] for r in feed("2026") if r["outcome_code"] in ("2", "4")}
rows = feed("2026R")
certs = {r["cert_no"] for r in rows}
if len(certs) != len(rows):
    sys.exit("a physician twice in the 2026R feed")
if any(r["cycle_year"] != "2026R" for r in rows):
    sys.exit("a 2026R feed row with another cycle_year")
if not certs <= population:
    sys.exit(f"{len(certs - population)} physicians outside the population in the 2026R feed")
total = None
for line in open(log, encoding="utf-8"):
    if line.strip().startswith("合计") or "| 合计" in line:
        total = [int(x) for x in re.findall(r"\d+", line)]
if total is None:
    sys.exit("no outcome table in the 2026R night's output")
ruled, hidden = total[0], total[-1]
if ruled != len(population):
    sys.exit(f"2026R ruled {ruled} physicians, the population is {len(population)}")
if len(certs) != len(population) - hidden:
    sys.exit(f"2026R feed holds {len(certs)} rows, population {len(population)} less {hidden} hidden")
print(len(population), len(rows), hidden)
PY
}

run_seed() { # run_seed DB SEED
  local db=$1 seed=$2 dir="$work/$1-$2"
  rm -rf "$dir" && mkdir -p "$dir"
  local opts=(--out "$dir/out" --data "$dir/data")
  if [ "$db" = mysql ]; then
    mariadb -uroot -e "DROP DATABASE IF EXISTS $mysql_db; CREATE DATABASE $mysql_db CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
  fi
  ./dingkao generate --physicians "$n" --seed "$seed" --formats mixed --out "$dir/in2026" > "$dir/generate-2026.log"
  local t0 t1 t2
  t0=$(date +%s.%N)
  ./dingkao nightly --cycle 2026 --date 2026-08-11 --input "$dir/in2026" "${opts[@]}" > "$dir/nightly-2026.log" 2>&1 \
    || { echo "$db seed $seed: nightly 2026 failed: $(tail -1 "$dir/nightly-2026.log")"; return 1; }
  t1=$(date +%s.%N)
  ./dingkao generate --cycle 2026R --seed "$seed" --formats mixed --data "$dir/data" --out "$dir/in2026R" \
    > "$dir/generate-2026R.log" 2>&1 || { echo "$db seed $seed: generate 2026R failed: $(tail -1 "$dir/generate-2026R.log")"; return 1; }
  t2=$(date +%s.%N)
  ./dingkao nightly --cycle 2026R --date 2027-07-23 --input "$dir/in2026R" "${opts[@]}" > "$dir/nightly-2026R.log" 2>&1 \
    || { echo "$db seed $seed: nightly 2026R failed: $(tail -1 "$dir/nightly-2026R.log")"; return 1; }
  local t3 figures
  t3=$(date +%s.%N)
  figures=$(check "$dir/out" "$dir/nightly-2026R.log") || { echo "$db seed $seed: CHECK FAILED: $figures"; return 1; }
  read -r population feed hidden <<< "$figures"
  printf '%-6s %5s %10.1f %10.1f %11s %9s %7s\n' "$db" "$seed" "$(echo "$t1 - $t0" | bc -l)" \
    "$(echo "$t3 - $t2" | bc -l)" "$population" "$feed" "$hidden"
}

printf '%-6s %5s %10s %10s %11s %9s %7s\n' db seed 2026_s 2026R_s population feed_rows hidden
failed=0
passed=0
for ((s = first; s < first + seeds_h2; s++)); do
  if run_seed h2 "$s"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
if [ "$seeds_mysql" -gt 0 ]; then
  export SPRING_PROFILES_ACTIVE=mysql
  export DINGKAO_DB_URL="jdbc:mysql://127.0.0.1:3306/$mysql_db?rewriteBatchedStatements=true&characterEncoding=UTF-8&sslMode=DISABLED&allowPublicKeyRetrieval=true"
  for ((s = first; s < first + seeds_mysql; s++)); do
    if run_seed mysql "$s"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
  done
  mariadb -uroot -e "DROP DATABASE IF EXISTS $mysql_db"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
