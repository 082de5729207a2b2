#!/usr/bin/env bash
# Interleaved cold-start comparison: runs coldstart.sh once per variant in turn, ROUNDS times, so that a
# change in machine load hits every variant alike; prints each variant's medians.
#   src/test/scripts/coldstart-ab.sh MODE ROUNDS VARIANT...     VARIANT = label=JAR,CDS(0|1)[,JVM flags]
#   e.g. src/test/scripts/coldstart-ab.sh parse 7 serial=/tmp/serial.jar,0 parallel=target/kabar-lambda.jar,1
# JVM flags in a variant are space-separated (quote the argument); JVM_OPTS applies to every variant.
set -euo pipefail
mode=${1:?mode}; rounds=${2:?rounds}; shift 2
declare -A out
for v in "$@"; do out[$v]=$(mktemp); done
for ((i = 0; i < rounds; i++)); do
  for v in "$@"; do
    spec=${v#*=}; IFS=, read -r jar cds flags <<<"$spec"
    line=$(JAR=$jar CDS=$cds JVM_OPTS="${JVM_OPTS:-} ${flags:-}" src/test/scripts/coldstart.sh "$mode" 1)
    echo "${line%%$'\n'*}" >>"${out[$v]}"
  done
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "medians of $rounds interleaved rounds ($mode, JVM_OPTS='${JVM_OPTS:-}', $(nproc) cpus, load now $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%-40s %8s %8s %8s %8s %8s\n' variant init first total cpu rss
for v in "$@"; do
  f=${out[$v]}
  printf '%-40s %8s %8s %8s %8s %8s\n' "${v%%=*}" "$(awk '{print $2}' "$f" | median)" "$(awk '{print $3}' "$f" | median)" \
    "$(awk '{print $4}' "$f" | median)" "$(awk '{print $7}' "$f" | median)" "$(awk '{print $6}' "$f" | median)"
  rm -f "$f"
done
