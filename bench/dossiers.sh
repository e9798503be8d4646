#!/usr/bin/env bash
# Dossier benchmark: its own PostgreSQL in .data/bench-dossiers-postgres, the API in Release with the demo data on a
# free loopback port, 1,000,000 dossiers seeded with SQL (bench/dossiers-seed.sql), then submission, tracking and
# inbox load through the API, each beside the same statements run by pgbench; prints one table with the targets.
#   bench/dossiers.sh [--dossiers 1000000] [--every 5] [--concurrency 8] [--warmup 20] [--seconds 15] [--pgbench-seconds 10]
# --every N: the Department of Construction (000.00.14.H56) holds one dossier in N (200,000 of 1,000,000).
set -euo pipefail
source "$(dirname "$0")/../scripts/common.sh"
cd "$ROOT"

DOSSIERS=1000000 EVERY=5 NODE_ARGS=()
while [ $# -gt 0 ]; do
  case $1 in
    --dossiers) DOSSIERS=$2; shift 2 ;;
    --every) EVERY=$2; shift 2 ;;
    --concurrency | --seconds | --warmup | --pgbench-seconds) NODE_ARGS+=("$1" "$2"); shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

DATA="$ROOT/.data/bench-dossiers-postgres"
WORK=$(mktemp -d)
cleanup() {
  set +e
  api_stop
  pg_stop "$DATA"
  rm -rf "$WORK"
}
trap cleanup EXIT

rm -rf "$DATA"
log "Starting PostgreSQL"
pg_start "$DATA"
DB=onestop_bench
psql_() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$DB" "$@"; }
log "Building the API (Release)"
dotnet build src/Api/Api.csproj -c Release -nologo -v quiet >/dev/null
PORT=$(pg_free_port 18280)
log "Starting the API on 127.0.0.1:$PORT (migrations, demo data)"
# Request logs go to Warning: the figures measure the API, not console output. The per-address limits of sign-in
# and of the public look-up are raised: every request of the load comes from 127.0.0.1.
api_start "$PORT" "$(with_database "$PG_URL" "$DB")" "$ROOT/.data/bench-dossiers-api.log" \
  Database__SeedDemoData=true Logging__LogLevel__Default=Warning \
  RateLimiting__SignInPerMinute=1000000 RateLimiting__TrackingPerMinute=100000000

log "Seeding $DOSSIERS dossiers with SQL (bench/dossiers-seed.sql)"
started=$SECONDS
psql_ -v n="$DOSSIERS" -v every="$EVERY" -f bench/dossiers-seed.sql
log "Seeded in $((SECONDS - started)) s; VACUUM ANALYZE"
# What autovacuum does after a bulk load, done now so the figures do not depend on when it runs.
psql_ -c 'VACUUM ANALYZE'

q() { psql_ -At -F ' ' -c "$1"; }
read -r CONSTRUCTION RECEIVING < <(q "SELECT id, coalesce(counter_agency_id, id) FROM onestop.agencies WHERE code = '000.00.14.H56'")
CITIZEN=$(q "SELECT id FROM onestop.users WHERE email = 'citizen@demo.onestop.vn'")
HELD=$(q "SELECT count(*) FROM onestop.dossiers WHERE holding_agency_id = '$CONSTRUCTION' AND status <> 0")
# Page 1,000 of 20 starts at row 19,981 (offset 19,980); its cursor is the id of the row before (offset 19,979).
CURSOR=$(q "SELECT id FROM onestop.dossiers WHERE holding_agency_id = '$CONSTRUCTION' AND status <> 0 ORDER BY id DESC OFFSET 19979 LIMIT 1")
[ -n "$CURSOR" ] || { echo "000.00.14.H56 holds $HELD dossiers: no page 1,000 of 20; seed more (--dossiers, --every)" >&2; exit 1; }
# A published case without required documents can be submitted without files; there is none while every case must
# list at least one document (Procedure.SetContent), so the API measure is then the creation of a draft.
SUBMIT_MODE=draft
read -r PROCEDURE CASE_INDEX AGENCY < <(q "SELECT p.id, c.i - 1, p.implementing_agency_ids[1] FROM onestop.procedures p,
  jsonb_array_elements(p.cases) WITH ORDINALITY c(v, i) WHERE p.status = 1 AND jsonb_array_length(coalesce(c.v -> 'Documents', '[]')) = 0
  ORDER BY p.code LIMIT 1") && SUBMIT_MODE=submit || true
if [ "$SUBMIT_MODE" = draft ]; then
  read -r PROCEDURE CASE_INDEX AGENCY < <(q "SELECT id, 0, '$CONSTRUCTION' FROM onestop.procedures
    WHERE status = 1 AND '$CONSTRUCTION' = ANY (implementing_agency_ids) ORDER BY code LIMIT 1")
else
  RECEIVING=$(q "SELECT coalesce(counter_agency_id, id) FROM onestop.agencies WHERE id = '$AGENCY'")
fi
q "SELECT code || E'\t' || identity FROM bench.track_keys ORDER BY i" >"$WORK/track-keys.tsv"
KEYS=$(wc -l <"$WORK/track-keys.tsv")
DEFINES=$(node -e 'console.log(JSON.stringify(Object.fromEntries(process.argv.slice(1).map(a => a.split(/=(.*)/s).slice(0, 2)))))' \
  "agency=$CONSTRUCTION" "cursor=$CURSOR" "keys=$KEYS" "citizen=$CITIZEN" "procedure=$PROCEDURE" "competent=$AGENCY" "receiving=$RECEIVING")

log "Measuring"
node "$ROOT/bench/dossiers.mjs" --base "http://127.0.0.1:$PORT" --pid "$API_PID" \
  --accounts "$ROOT/src/Infrastructure/Data/Seed/demo-accounts.json" --sql "$ROOT/bench" \
  --pg-port "$PG_PORT" --database "$DB" --pgbench-defines "$DEFINES" --track-keys "$WORK/track-keys.tsv" \
  --submit-mode "$SUBMIT_MODE" --procedure "$PROCEDURE" --case-index "$CASE_INDEX" --agency "$AGENCY" \
  --cursor "$CURSOR" --dossiers "$DOSSIERS" --held "$HELD" "${NODE_ARGS[@]}"
