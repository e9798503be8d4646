#!/usr/bin/env bash
# Catalogue search benchmark: its own PostgreSQL in .data/bench-postgres, the API in Release on a free
# loopback port, 5,000 published procedures seeded through the API, then search load; prints its figures.
#   bench/catalogue-search.sh [--procedures 5000] [--concurrency 8] [--seconds 15]
set -euo pipefail
source "$(dirname "$0")/../scripts/common.sh"
cd "$ROOT"

DATA="$ROOT/.data/bench-postgres"
cleanup() {
  set +e
  api_stop
  pg_stop "$DATA"
}
trap cleanup EXIT

rm -rf "$DATA"
log "Starting PostgreSQL"
pg_start "$DATA"
log "Building the API (Release)"
dotnet build src/Api/Api.csproj -c Release -nologo -v quiet >/dev/null
PORT=$(pg_free_port 18180)
log "Starting the API on 127.0.0.1:$PORT"
# Request logs go to Warning: the figures measure the API, not console output.
api_start "$PORT" "$(with_database "$PG_URL" onestop_bench)" "$ROOT/.data/bench-api.log" \
  Database__SeedDemoData=true Logging__LogLevel__Default=Warning
BENCH=(node "$ROOT/bench/catalogue-search.mjs" --base "http://127.0.0.1:$PORT" --accounts "$ROOT/src/Infrastructure/Data/Seed/demo-accounts.json" --pid "$API_PID")
"${BENCH[@]}" --phase seed "$@"
# What autovacuum does after a bulk load, done now so the figures do not depend on when it runs.
psql -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d onestop_bench -c 'VACUUM ANALYZE'
"${BENCH[@]}" --phase measure "$@"
