#!/usr/bin/env bash
# The yardstick of issue 13: what a district's DBA would do instead of this program — a plain LOAD DATA of the
# six input files into MariaDB, on the same server and the same data. Prints the seconds it took.
#   bench/load-data-baseline.sh INPUT_DIR [DATABASE=dingkao_baseline]
# Every column is loaded as text into a table with the file's own header (no validation, no rejects, no merge):
# the cheapest load there is, which dingkao's whole nightly chain is measured against (bench/run.sh prints both).
set -euo pipefail
input=$1
db=${2:-dingkao_baseline}
mysql=(mariadb -uroot --local-infile=1)
"${mysql[@]}" -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
ddl=""
load=""
for kind in institutions roster applications evaluations exam_attempts hidden; do
  file="$input/$kind.csv"
  [ -f "$file" ] || continue
  header=$(head -1 "$file" | tr -d '\r' | sed 's/^\xEF\xBB\xBF//')
  columns=$(echo "$header" | tr ',' '\n' | sed 's/.*/`&` VARCHAR(1000)/' | paste -sd, -)
  ddl+="CREATE TABLE \`$kind\` (id BIGINT AUTO_INCREMENT PRIMARY KEY, $columns);"
  load+="LOAD DATA LOCAL INFILE '$(realpath "$file")' INTO TABLE \`$kind\` CHARACTER SET utf8mb4
         FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"' LINES TERMINATED BY '\n' IGNORE 1 LINES
         ($(echo "$header" | tr ',' '\n' | sed 's/.*/`&`/' | paste -sd, -));"
done
"${mysql[@]}" "$db" -e "$ddl"
start=$(date +%s.%N)
"${mysql[@]}" "$db" -e "$load"
end=$(date +%s.%N)
rows=$("${mysql[@]}" -N "$db" -e "SELECT (SELECT COUNT(*) FROM institutions) + (SELECT COUNT(*) FROM roster)
  + (SELECT COUNT(*) FROM applications) + (SELECT COUNT(*) FROM evaluations) + (SELECT COUNT(*) FROM exam_attempts)
  + (SELECT COUNT(*) FROM hidden)")
printf 'LOAD DATA of the six files: %.1f s, %s rows\n' "$(echo "$end - $start" | bc -l)" "$rows"
