#!/usr/bin/env bash
# Load test of `kb serve` with redis-benchmark, beside a real redis-server with the same client
# settings. Loopback only, bounded in requests and time. A benchmark, not a test.
#
#   Sources/kb-bench/load.sh                 # PING ratio, SEARCH at 1/50/200 connections, -P 1 and 16
#   SOAK=600 Sources/kb-bench/load.sh        # then 10 minutes of mixed commands with reloads, RSS sampled
#   KB_BEFORE=/tmp/kb-old Sources/kb-bench/load.sh   # an older build beside it, every row, same run
#   KB_ARGS="--search-cache 0" Sources/kb-bench/load.sh   # extra `kb serve` options (KB_BEFORE_ARGS: the older build's)
#   ONLY=search Sources/kb-bench/load.sh     # only the PING rows (ping) or only the SEARCH rows (search)
#
# Needs: a release build (swift build -c release --product kb), redis-server and redis-tools.
set -euo pipefail
cd "$(dirname "$0")/../.."
KB=${KB:-.build/release/kb}
KNOWLEDGE=${KNOWLEDGE:-Knowledge}
N=${N:-200000}
SOAK=${SOAK:-0}
KB_PORT=${KB_PORT:-7390}
REDIS_PORT=${REDIS_PORT:-7391}
QUERY=${QUERY:-dagis ko}
KB_ARGS=${KB_ARGS:-}
KB_BEFORE=${KB_BEFORE:-}
KB_BEFORE_ARGS=${KB_BEFORE_ARGS:-}
BEFORE_PORT=${BEFORE_PORT:-7392}
ONLY=${ONLY:-}
work=$(mktemp -d)
echo "admin-$RANDOM$RANDOM" > "$work/token"

# shellcheck disable=SC2086 # KB_ARGS are words
"$KB" serve --knowledge "$KNOWLEDGE" --port "$KB_PORT" --auth-file "$work/token" --max-connections 1000 \
    --log-dir "$work/logs" --no-http $KB_ARGS 2> "$work/kb.log" &
kb_pid=$!
before_pid=
ports="$KB_PORT $REDIS_PORT"
if [ -n "$KB_BEFORE" ]; then
    # shellcheck disable=SC2086
    "$KB_BEFORE" serve --knowledge "$KNOWLEDGE" --port "$BEFORE_PORT" --auth-file "$work/token" \
        --max-connections 1000 --log-dir "$work/logs-before" --no-http $KB_BEFORE_ARGS 2> "$work/before.log" &
    before_pid=$!
    ports="$ports $BEFORE_PORT"
fi
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize no > "$work/redis.log" 2>&1 &
redis_pid=$!
trap 'kill $kb_pid $redis_pid $before_pid 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
for port in $ports; do
    for _ in $(seq 50); do redis-cli -p "$port" PING >/dev/null 2>&1 && break; sleep 0.1; done
done
redis-cli -p "$REDIS_PORT" SET article:dagis "Platsgaranti i förskolan" > /dev/null

# rps and p50/p99 (ms) of one redis-benchmark run, from its CSV.
bench() { # port clients pipeline requests command…
    local port=$1 clients=$2 pipeline=$3 requests=$4; shift 4
    timeout 120 redis-benchmark -h 127.0.0.1 -p "$port" -c "$clients" -P "$pipeline" -n "$requests" --csv "$@" 2>/dev/null \
        | tail -1 | awk -F'"' '{ printf "%10.0f req/s   p50 %6.3f ms   p99 %6.3f ms\n", $4, $10, $14 }'
}

if [ "$ONLY" != search ]; then
    for pipeline in 1 16; do
        echo "## PING (-c 50 -P $pipeline, -n $N)"
        printf "kb      %s\n" "$(bench "$KB_PORT" 50 "$pipeline" "$N" -t ping_mbulk)"
        [ -n "$KB_BEFORE" ] && printf "before  %s\n" "$(bench "$BEFORE_PORT" 50 "$pipeline" "$N" -t ping_mbulk)"
        printf "redis   %s\n" "$(bench "$REDIS_PORT" 50 "$pipeline" "$N" -t ping_mbulk)"
    done
fi

if [ "$ONLY" != ping ]; then
    echo "## SEARCH $QUERY on kb, GET of one key on redis for reference"
    for clients in 1 50 200; do
        for pipeline in 1 16; do
            requests=$N
            [ "$clients" = 1 ] && [ "$pipeline" = 1 ] && requests=$((N / 10))
            # shellcheck disable=SC2086 # the query's words are arguments
            printf "c=%-3s P=%-2s kb SEARCH     %s\n" "$clients" "$pipeline" "$(bench "$KB_PORT" "$clients" "$pipeline" "$requests" SEARCH $QUERY)"
            # shellcheck disable=SC2086
            [ -n "$KB_BEFORE" ] && printf "c=%-3s P=%-2s before SEARCH %s\n" "$clients" "$pipeline" "$(bench "$BEFORE_PORT" "$clients" "$pipeline" "$requests" SEARCH $QUERY)"
            printf "c=%-3s P=%-2s redis GET    %s\n" "$clients" "$pipeline" "$(bench "$REDIS_PORT" "$clients" "$pipeline" "$requests" GET article:dagis)"
        done
    done
fi
echo "kb INFO:"; redis-cli -p "$KB_PORT" INFO | grep -E "search_latency|search_cache|total_commands|rejected" | tr -d '\r'

if [ "$SOAK" -gt 0 ]; then
    echo "## Soak: $SOAK s of SEARCH, SEARCH.JSON, GET, SUGGEST at 50 connections, RELOAD every 5 s"
    rss() { awk '/VmRSS/ { print $2 }' "/proc/$kb_pid/status"; }
    echo "RSS at start: $(rss) kB"
    end=$((SECONDS + SOAK))
    refused=0
    while [ $SECONDS -lt $end ]; do
        timeout 60 redis-benchmark -p "$KB_PORT" -c 50 -n 20000 -q SEARCH skriva ut kontoutdrag > /dev/null 2>&1 || refused=$((refused + 1))
        timeout 60 redis-benchmark -p "$KB_PORT" -c 50 -n 5000 -q SEARCH.JSON trygghetslarm > /dev/null 2>&1 || refused=$((refused + 1))
        timeout 60 redis-benchmark -p "$KB_PORT" -c 50 -n 5000 -q GET forskola-ansokan > /dev/null 2>&1 || refused=$((refused + 1))
        timeout 60 redis-benchmark -p "$KB_PORT" -c 50 -n 5000 -q SUGGEST trygg > /dev/null 2>&1 || refused=$((refused + 1))
        reply=$(redis-cli -p "$KB_PORT" -a "$(cat "$work/token")" --no-auth-warning RELOAD)
        case "$reply" in OK*) ;; *) echo "RELOAD: $reply"; refused=$((refused + 1));; esac
        echo "t=$((SOAK - (end - SECONDS)))s RSS $(rss) kB"
        sleep 5
    done
    echo "RSS at end: $(rss) kB; failed runs: $refused"
    redis-cli -p "$KB_PORT" INFO | grep -E "rejected|total_commands|snapshot_revision" | tr -d '\r'
fi
