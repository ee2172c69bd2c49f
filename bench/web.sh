#!/usr/bin/env bash
# Benchmark of the offices' web pages at city scale: generate N physicians (seed 42), import and rule them on a
# fresh database, start `dingkao serve` on the business date, log in as the city office (dk110000) and a district
# office (dk110105, 朝阳区), and time every office page with curl (first request, then the median and the worst of
# five). Also prints how long the dashboard's counts took to build after the import and the ruling. Then the
# prediction's pages (issue 23) after the morning's `predict`: the offices' 风险预警, its lists and 提醒短信, the largest
# institution's 预计与下一步 (as that institution) and a physician's home (你的下一步, worked out at each visit).
#   bench/web.sh [N=150000] [HEAP=1g]
# BENCH_DB=mysql runs on MySQL/MariaDB at 127.0.0.1:3306 (root) in a fresh database dingkao_bench_web (or
# BENCH_DB_NAME).
# REUSE=1 keeps the database of the previous run and imports again instead (every file already imported: a
# finished batch run all the same, after which the dashboard's counts are rebuilt).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-150000}
heap=${2:-1g}
date=2026-06-01            # EVALUATION: registrations, approvals and ratings in full swing
work=bench/work/$n
web=$work/web-${BENCH_DB:-h2}
mkdir -p "$web"
[ -f target/dingkao.jar ] || ./mvnw -q -B -DskipTests package
cp target/dingkao.jar "$web/dingkao.jar"
jar="$web/dingkao.jar"
if [ ! -f "$work/input/roster.csv" ]; then
  java -Xmx512m -jar "$jar" generate --physicians "$n" --seed 42 --out "$work/input" > /dev/null
fi
steps="import rule predict"
if [ "${REUSE:-0}" = 1 ]; then
  steps=import
else
  rm -rf "$web/data" "$web/out"
fi
if [ "${BENCH_DB:-h2}" = mysql ]; then
  bench_db=${BENCH_DB_NAME:-dingkao_bench_web}
  [ "${REUSE:-0}" = 1 ] || mariadb -uroot -e "DROP DATABASE IF EXISTS $bench_db; CREATE DATABASE $bench_db CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
  export SPRING_PROFILES_ACTIVE=mysql
  export DINGKAO_DB_URL="jdbc:mysql://127.0.0.1:3306/$bench_db?rewriteBatchedStatements=true&characterEncoding=UTF-8&sslMode=DISABLED&allowPublicKeyRetrieval=true"
fi
common=(--input "$work/input" --out "$web/out" --data "$web/data" --date $date)
for step in $steps; do
  start=$(date +%s.%N)
  java -Xmx$heap -jar "$jar" $step "${common[@]}" > "$web/$step.log" 2>&1 \
    || { echo "$step failed: see $web/$step.log"; tail -5 "$web/$step.log"; exit 1; }
  printf '%-8s %6.1f s\n' "$step" "$(echo "$(date +%s.%N) - $start" | bc)"
done

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
base=http://127.0.0.1:$port
java -Xmx$heap -jar "$jar" serve "${common[@]}" --port "$port" --management.server.port=0 --dingkao.clock.date=$date > "$web/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "$base/login" && break; sleep 1; done

cookies=$web/cookies.txt
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
login() { # account password
  rm -f "$cookies"
  local token
  token=$(curl -s -c "$cookies" -b "$cookies" "$base/login" | csrf)
  curl -s -c "$cookies" -b "$cookies" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=$2" \
    --data-urlencode "_csrf=$token" "$base/login"
}
sms_log=$web/out/messages/sms.log
sms_lines() { if [ -f "$sms_log" ]; then wc -l < "$sms_log"; else echo 0; fi; }
first_login() { # account initial new
  # the new password already set (REUSE=1: an earlier run changed it)
  login "$1" "$3"
  [ "$(curl -s -b "$cookies" -o /dev/null -w '%{http_code}' "$base/password")" = 200 ] && return
  login "$1" "$2"
  local token page code=""
  page=$(curl -s -c "$cookies" -b "$cookies" "$base/password")
  token=$(echo "$page" | csrf)
  if echo "$page" | grep -q 'name="code"'; then
    # an account with a bound phone confirms the change with a code (issue 24): ask for one and read it from the log
    # gateway's file once the sender has delivered it
    local before
    before=$(sms_lines)
    curl -s -c "$cookies" -b "$cookies" -o /dev/null --data-urlencode "_csrf=$token" "$base/password/code"
    for _ in $(seq 1 60); do
      [ "$(sms_lines)" -gt "$before" ] && break
      sleep 0.5
    done
    code=$(tail -1 "$sms_log" | grep -o '验证码为 [0-9]\{6\}' | grep -o '[0-9]\{6\}')
    token=$(curl -s -c "$cookies" -b "$cookies" "$base/password" | csrf)
  fi
  curl -s -c "$cookies" -b "$cookies" -o /dev/null --data-urlencode "current=$2" --data-urlencode "next=$3" \
    --data-urlencode "repeat=$3" --data-urlencode "code=$code" --data-urlencode "_csrf=$token" "$base/password"
  login "$1" "$3"
}
fetch() { # path -> "http_code seconds bytes"
  curl -s -b "$cookies" -c "$cookies" -o "$web/page.html" -w '%{http_code} %{time_total} %{size_download}' "$base$1"
}
time_page() { # role path
  local first rest code secs bytes
  read -r code first bytes <<< "$(fetch "$2")"
  [ "$code" = 200 ] || { echo "$2 answered HTTP $code"; exit 1; }
  rest=()
  for _ in 1 2 3 4 5; do read -r code secs bytes <<< "$(fetch "$2")"; rest+=("$secs"); done
  sorted=($(printf '%s\n' "${rest[@]}" | sort -n))
  printf '%-6s %-36s %8.3f %8.3f %8.3f %8.0f\n' "$1" "$2" "$first" "${sorted[2]}" "${sorted[4]}" "$((bytes / 1024))"
}

if [ "${REUSE:-0}" = 1 ]; then login dk110000 'Bench2026city'; else first_login dk110000 '110000*Dk' 'Bench2026city'; fi
# the first dashboard after the import and the ruling: counts are built in the background
start=$(date +%s.%N)
read -r code secs bytes <<< "$(fetch /office)"
printf 'first /office as dk110000: %.3f s (HTTP %s, counts %s)\n' "$secs" "$code" \
  "$(grep -q '统计正在更新' "$web/page.html" && echo 'being built' || echo 'ready')"
while grep -q '统计正在更新' "$web/page.html"; do sleep 1; fetch /office > /dev/null; done
printf 'dashboard counts of %s physicians ready after %.1f s\n' "$n" "$(echo "$(date +%s.%N) - $start" | bc)"

printf '%-6s %-36s %8s %8s %8s %8s\n' role page first_s median_s worst_s KB
for page in /office '/office?district=110105' '/office?page=10' '/office?q=%E5%8C%BB%E9%99%A2' '/office?page=2147483647' \
    /office/assessment /office/delegations /office/accounts /office/runs /office/downloads /office/audit /office/feed; do
  time_page city "$page"
done
if [ "${REUSE:-0}" = 1 ]; then login dk110105 'Bench2026chaoyang'; else first_login dk110105 '110105*Dk' 'Bench2026chaoyang'; fi
for page in /office '/office?page=2' /office/delegations /office/runs /office/audit; do
  time_page 朝阳 "$page"
done

# the prediction's pages (issue 23), on the morning's predictions of every physician
login dk110000 'Bench2026city'
for page in /office/risk '/office/risk?district=110105' '/office/risk?district=110105&page=3' \
    '/office/risk/physicians?district=110105&view=RISK' '/office/risk/physicians?district=110105&view=RISK&step=RATE' \
    /office/reminders; do
  time_page city "$page"
done
login dk110105 'Bench2026chaoyang'
for page in /office/risk '/office/risk/physicians?district=110105&view=ALL&page=20' /office/reminders; do
  time_page 朝阳 "$page"
done
# the institution with the most physicians (main or other site), and one of its physicians
org=$(awk -F, 'NR > 1 { n[$8]++; split($9, o, ";"); for (i in o) if (o[i] != "") n[o[i]]++ } END { for (k in n) print n[k], k }' \
  "$work/input/roster.csv" | sort -rn | sed -n 1p | cut -d" " -f2)
first_login "$org" "${org: -6}*Dk" 'Bench2026org'
for page in /institution/risk '/institution/risk?view=ALL' '/institution/risk?view=ALL&page=5' '/institution/risk?view=MINE' \
    /institution/physicians; do
  time_page 机构 "$page"
done
doctor=$(awk -F, -v org="$org" 'NR > 1 && $8 == org && $1 == "RESIDENT" { print $2; exit }' "$work/input/roster.csv")
first_login "$doctor" "${doctor: -6}*Dk" 'Bench2026doc'
time_page 医师 /physician
echo "database ${BENCH_DB:-h2}, heap -Xmx$heap, business date $date; logs in $web/"
