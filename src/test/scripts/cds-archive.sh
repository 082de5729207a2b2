#!/usr/bin/env bash
# Builds a JDK class-data-sharing archive (AppCDS, dynamic archive, JDK 13+) for the cold-start harness:
# one training run of io.kabar.bench.ColdStart in "train" mode (both functions' constructors, then the whole
# pipeline on the two bundled priming samples, NOT the measured seed article) with -XX:ArchiveClassesAtExit.
#   src/test/scripts/cds-archive.sh            -> target/kabar-cds.jsa (and target/coldstart.jar)
# Then: CDS=1 src/test/scripts/coldstart.sh parse 5   (adds -XX:SharedArchiveFile=target/kabar-cds.jsa)
# The archive is only valid for this exact JVM build and this exact class path (jars only, same order):
# rebuild it after every `mvn package`. coldstart.sh CDS=1 rebuilds it when the jar is newer than it.
# Extra JVM flags for the training run: JVM_OPTS (use the same ones as for the measured runs).
# Needs target/kabar-lambda.jar and target/test-classes: mvn -B -o -q -DskipTests package
# JAR=other.jar: an archive for another build of the Lambda jar, written to other.jsa (see coldstart.sh).
set -euo pipefail
jar=${JAR:-target/kabar-lambda.jar}
archive=${jar%.jar}.jsa
[ "$jar" = target/kabar-lambda.jar ] && archive=target/kabar-cds.jsa
src/test/scripts/coldstart.sh jar
export AWS_REGION=us-east-1 TABLE_NAME=kabar-local INCOMING_PREFIX=bench/
export AWS_ENDPOINT_URL_S3=http://127.0.0.1:9 AWS_ENDPOINT_URL_DYNAMODB=http://127.0.0.1:9
export AWS_ACCESS_KEY_ID=none AWS_SECRET_ACCESS_KEY=none
rm -f "$archive"
# shellcheck disable=SC2086
java ${JVM_OPTS:-} -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=error -Xlog:cds+dynamic=error \
  -cp "$jar":target/coldstart.jar io.kabar.bench.ColdStart train >/dev/null 2>&1 \
  || { echo "training run failed" >&2; exit 1; }
java -version 2>&1 | head -1
echo "$archive: $(( $(stat -c %s "$archive") / 1024 )) KB"
