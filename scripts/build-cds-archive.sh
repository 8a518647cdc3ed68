#!/usr/bin/env bash
# Builds the production start layout with a Class Data Sharing (CDS) archive, as Spring Boot documents it
# (https://docs.spring.io/spring-boot/reference/packaging/class-data-sharing.html):
#   1. extract the executable jar into a plain jar plus lib/ (java -Djarmode=tools ... extract),
#   2. one training run that starts the application up to the refreshed context and stops at once
#      (-Dspring.context.exit=onRefresh) and dumps the classes it loaded (-XX:ArchiveClassesAtExit),
#   3. later starts map those classes from the archive (-XX:SharedArchiveFile).
# Builds nothing with Maven: run `./mvnw -B -q -DskipTests package` first.
#   scripts/build-cds-archive.sh [target-folder]   (default platform-web/target/cds)
# Then start with:
#   java -Xmx512m -XX:SharedArchiveFile=/abs/folder/application.jsa -jar /abs/folder/platform-web-0.1.0-SNAPSHOT.jar
# (the script prints the exact command; the H2 database is ./data of the folder you start in, as with java -jar)
# The archive belongs to exactly this jar, this folder and this JVM (same java binary, same class path by
# absolute path): rebuild it after every build, move or JDK update; a stale or foreign archive is ignored by
# the JVM (it starts, without the gain); add -Xshare:on to make such a start fail instead.
# The training run uses a throw-away H2 database in a temporary folder and never touches ./data.
set -euo pipefail
cd "$(dirname "$0")/.."
jar="${JAR:-platform-web/target/platform-web-0.1.0-SNAPSHOT.jar}"
out="${1:-platform-web/target/cds}"
java_cmd="${JAVA:-java}"
[ -f "$jar" ] || { echo "no $jar: build it first" >&2; exit 1; }

rm -rf "$out"
"$java_cmd" -Djarmode=tools -jar "$jar" extract --destination "$out"
# The archive records the class path as the training run names it, and a later start must name the same
# files: train with the absolute path, so that the printed start command works from any folder.
out="$(cd "$out" && pwd)"
training_db="$(mktemp -d)"
trap 'rm -rf "$training_db"' EXIT
# the same heap as production: the archived heap objects depend on the GC and heap size
"$java_cmd" -Xmx512m -XX:ArchiveClassesAtExit="$out/application.jsa" -Dspring.context.exit=onRefresh \
  -jar "$out/$(basename "$jar")" --server.port=0 \
  --spring.datasource.url="jdbc:h2:file:$training_db/mebuki;WRITE_DELAY=0" >"$out/training.log" 2>&1
ls -l "$out/application.jsa"
echo "start: $java_cmd -Xmx512m -XX:SharedArchiveFile=$out/application.jsa -jar $out/$(basename "$jar")"
