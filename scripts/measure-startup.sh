#!/usr/bin/env bash
# Measures the time from `java -jar` to a ready /actuator/health/readiness, and the RSS then.
# Builds nothing: run `./mvnw -B -q -DskipTests package` first.
#   scripts/measure-startup.sh [runs] [extra JVM options...]
# Each run starts the jar twice on a fresh temporary H2 folder: first on the empty database (Flyway,
# Camunda schema, demo data, model deployment), then again on the same, now existing database.
# Environment: JAR (default platform-web/target/platform-web-0.1.0-SNAPSHOT.jar), JAVA (default java),
# HEAP (default -Xmx512m), APP_ARGS (extra Spring arguments), KEEP_LOGS=1 keeps the folder and its logs.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-1}"; shift || true
jar="${JAR:-platform-web/target/platform-web-0.1.0-SNAPSHOT.jar}"
java_cmd="${JAVA:-java}"
heap="${HEAP:--Xmx512m}"
[ -f "$jar" ] || { echo "no $jar: build it first" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# starts the jar on the H2 folder $1, prints "seconds rss_mib heap_used_mib cpu_seconds"
start_once() {
  local dir="$1" port pid t0 t1 status rss heap_used cpu; shift
  port="$(free_port)"
  t0="$(date +%s.%N)"
  # shellcheck disable=SC2086
  "$java_cmd" $heap "$@" -jar "$jar" --server.port="$port" \
    --spring.datasource.url="jdbc:h2:file:$dir/mebuki;WRITE_DELAY=0" \
    ${APP_ARGS:-} \
    >"$dir/start-$port.log" 2>&1 &
  pid=$!
  while :; do
    status="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness" || true)"
    [ "$status" = 200 ] && break
    if ! kill -0 "$pid" 2>/dev/null; then echo "process ended; log: $dir/start-$port.log" >&2; return 1; fi
    sleep 0.1
  done
  t1="$(date +%s.%N)"
  rss="$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$pid/status")"
  # CPU time (user + system, all threads) spent until ready: unlike the wall time, barely inflated when
  # other processes share the cores
  cpu="$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$pid/stat")"
  # heap in use right after start (jcmd's "used", in KiB)
  heap_used="$(jcmd "$pid" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | tr -dc '0-9' | awk '{printf "%.0f", $1/1024}')"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  printf '%.1f %s %s %s\n' "$(echo "$t1 - $t0" | bc -l)" "$rss" "$heap_used" "$cpu"
}

for i in $(seq 1 "$runs"); do
  dir="$(mktemp -d)"
  load="$(cut -d' ' -f1 /proc/loadavg)"
  read -r empty_s empty_rss empty_heap empty_cpu < <(start_once "$dir" "$@")
  load2="$(cut -d' ' -f1 /proc/loadavg)"
  read -r exist_s exist_rss exist_heap exist_cpu < <(start_once "$dir" "$@")
  echo "run $i: empty ${empty_s} s (CPU ${empty_cpu} s, RSS ${empty_rss} MiB, heap used ${empty_heap} MiB, load ${load}); existing ${exist_s} s (CPU ${exist_cpu} s, RSS ${exist_rss} MiB, heap used ${exist_heap} MiB, load ${load2})"
  if [ -n "${KEEP_LOGS:-}" ]; then echo "logs: $dir"; else rm -rf "$dir"; fi
done
