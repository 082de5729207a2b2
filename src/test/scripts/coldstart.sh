#!/usr/bin/env bash
# Cold start of the functions, one fresh JVM per run (io.kabar.bench.ColdStart), medians over RUNS runs.
#   src/test/scripts/coldstart.sh MODE [RUNS] [FILE]
# MODE: parse      JVM start -> ParseArticleFunction() -> FILE through the whole pipeline, I/O clients built
#                  but pointed at a closed port (nothing is sent)
#       summarize  JVM start -> SummarizeArticleFunction() -> a summary of FILE
#       stack      against `java -jar target/kabar.jar local up` (ports 4566/8000): the handler reads FILE
#                  from S3 and writes DynamoDB (the script uploads FILE once under bench/ first)
# FILE defaults to the seed article ../shared/samples/viva-putin-korut.txt (skipped if absent).
#       jar        only (re)packs the harness classes into target/coldstart.jar (used by cds-archive.sh)
# FILE defaults to the seed article ../shared/samples/viva-putin-korut.txt (skipped if absent).
# Extra JVM flags: JVM_OPTS="-XX:TieredStopAtLevel=1" ... ; pinning: taskset -c 1 src/test/scripts/coldstart.sh ...
# CDS=1: class data sharing, -XX:SharedArchiveFile=target/kabar-cds.jsa, built first by
#        src/test/scripts/cds-archive.sh (training run on the bundled priming samples) if missing or older than
#        the jar. The class path is all jars (target/coldstart.jar holds the harness) so that CDS can be used.
# JAR=other.jar: measure another build of the Lambda jar (A/B comparisons); its archive is other.jsa.
# Needs target/kabar-lambda.jar and target/test-classes: mvn -B -o -q -DskipTests package
set -euo pipefail
jar=${JAR:-target/kabar-lambda.jar}
archive=${jar%.jar}.jsa
[ "$jar" = target/kabar-lambda.jar ] && archive=target/kabar-cds.jsa
mode=${1:?mode: parse, summarize, stack or jar}
runs=${2:-10}
file=${3:-../shared/samples/viva-putin-korut.txt}
for f in "$jar" target/test-classes/io/kabar/bench/ColdStart.class; do
  [ -e "$f" ] || { echo "missing $f: run mvn -B -o -q -DskipTests package" >&2; exit 2; }
done
# CDS only archives classes from jars: the harness classes go into a jar of their own
if [ ! -f target/coldstart.jar ] || [ -n "$(find target/test-classes/io/kabar/bench -name 'ColdStart*.class' \
    -newer target/coldstart.jar)" ]; then
  (cd target/test-classes && jar cf ../coldstart.jar io/kabar/bench/ColdStart*.class)
fi
[ "$mode" = jar ] && exit 0
if [ ! -f "$file" ]; then echo "skipped: $file not present"; exit 0; fi
cp=$jar:target/coldstart.jar
cds=
if [ "${CDS:-0}" = 1 ]; then
  if [ ! -f "$archive" ] || [ "$jar" -nt "$archive" ] || [ target/coldstart.jar -nt "$archive" ]; then
    src/test/scripts/cds-archive.sh >&2
  fi
  cds="-Xshare:on -XX:SharedArchiveFile=$archive" # on: a stale or unusable archive fails the run, not ignored
fi
export AWS_REGION=us-east-1 TABLE_NAME=kabar-local INCOMING_PREFIX=bench/
if [ "$mode" = stack ]; then
  export AWS_ENDPOINT_URL_S3=http://127.0.0.1:4566 AWS_ENDPOINT_URL_DYNAMODB=http://127.0.0.1:8000
  export AWS_ACCESS_KEY_ID=kabar-local AWS_SECRET_ACCESS_KEY=kabar-local-secret
  java -cp "$cp" io.kabar.bench.ColdStart stack-upload "$file"
else
  # a closed port: any request would fail the run
  export AWS_ENDPOINT_URL_S3=http://127.0.0.1:9 AWS_ENDPOINT_URL_DYNAMODB=http://127.0.0.1:9
  export AWS_ACCESS_KEY_ID=none AWS_SECRET_ACCESS_KEY=none
fi
out=$(mktemp)
for _ in $(seq "$runs"); do
  # shellcheck disable=SC2086
  java ${JVM_OPTS:-} $cds -Dkabar.t0="$(date +%s%N)" -cp "$cp" io.kabar.bench.ColdStart "$mode" "$file" 2>/dev/null | tee -a "$out"
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "median of $runs ($mode, JVM_OPTS='${JVM_OPTS:-}', CDS=${CDS:-0}, $(nproc) cpus, load $(cut -d' ' -f1-3 /proc/loadavg)):"
echo "  process start -> handler constructed   $(awk '{print $2}' "$out" | median) ms"
echo "  first article                          $(awk '{print $3}' "$out" | median) ms"
echo "  process start -> first article done    $(awk '{print $4}' "$out" | median) ms"
echo "  process CPU time (all threads)        $(awk '{print $7}' "$out" | median) ms"
echo "  peak heap used                         $(awk '{print $5}' "$out" | median) MB"
echo "  peak RSS (VmHWM)                       $(awk '{print $6}' "$out" | median) MB"
echo "  $jar                $(( $(stat -c %s "$jar") / 1024 )) KB"
rm -f "$out"
