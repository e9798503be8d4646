#!/usr/bin/env bash
# The whole suite on a fresh machine: .NET unit, functional and API tests on a real PostgreSQL
# (a throwaway cluster in .data/test-postgres, or the server in ONESTOP_TEST_DB), the API contract
# (OpenAPI document and TypeScript types must match what is committed), the client's type check,
# lint and Vitest, then Playwright in Debian's Chromium against the real API with the demo data.
# Ends with one line "N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
source "$(dirname "$0")/scripts/common.sh"
cd "$ROOT"

DATA="$ROOT/.data"
RESULTS="$DATA/test-results"
rm -rf "$RESULTS" && mkdir -p "$RESULTS"
SUMMARY="$RESULTS/summary.tsv"
: >"$SUMMARY"

# record NAME PASSED FAILED
record() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$SUMMARY"; }
# A check that is not a test runner counts as one test.
check() {
  local name=$1
  shift
  log "$name"
  if "$@"; then record "$name" 1 0; else record "$name" 0 1; fi
}

STARTED_DB=
cleanup() {
  api_stop
  [ -n "$STARTED_DB" ] && pg_stop "$DATA/test-postgres"
}
trap cleanup EXIT

# --- what a fresh machine lacks ---------------------------------------------------------------
apt_install chromium /usr/bin/chromium || record "apt install chromium" 0 1
fonts_install || record "apt install fonts-dejavu-core" 0 1
log "Restoring .NET tools (dotnet-ef, Swashbuckle CLI)"
dotnet tool restore >/dev/null || { record "dotnet tool restore" 0 1; }
client_install || record "npm ci" 0 1

# --- database ---------------------------------------------------------------------------------
if [ -z "${ONESTOP_TEST_DB:-}" ]; then
  log "Starting a throwaway PostgreSQL cluster"
  rm -rf "$DATA/test-postgres"
  PG_FSYNC=off pg_start "$DATA/test-postgres" || { echo "PostgreSQL did not start" >&2; exit 1; }
  STARTED_DB=1
  export ONESTOP_TEST_DB=$PG_URL
fi

# --- build ------------------------------------------------------------------------------------
log "Building the solution"
if dotnet build OneStop.sln -c Release -nologo -v quiet >"$RESULTS/build.log" 2>&1; then
  record "dotnet build" 1 0
  BUILT=1
else
  grep -E 'error' "$RESULTS/build.log" | sort -u | head -20 >&2
  record "dotnet build" 0 1
  BUILT=
fi

# --- the API contract -------------------------------------------------------------------------
contract_matches() {
  local before="$RESULTS/contract-before"
  mkdir -p "$before"
  cp client/openapi/onestop.json client/src/lib/api/schema.d.ts "$before/"
  "$ROOT/scripts/generate-api-contract.sh" --no-build || return 1
  local drift=0
  for f in client/openapi/onestop.json client/src/lib/api/schema.d.ts; do
    if ! cmp -s "$f" "$before/$(basename "$f")"; then
      echo "$f is out of date with the API: run scripts/generate-api-contract.sh and commit the result." >&2
      diff -u "$before/$(basename "$f")" "$f" | head -20 >&2
      drift=1
    fi
  done
  return $drift
}
[ -n "$BUILT" ] && check "OpenAPI document and TypeScript types match the API" contract_matches

# --- .NET tests -------------------------------------------------------------------------------
if [ -n "$BUILT" ]; then
  log "Running the .NET tests (unit, functional and API, on PostgreSQL)"
  dotnet test OneStop.sln -c Release --no-build --logger "trx" --results-directory "$RESULTS/dotnet" -v quiet -nologo \
    2>&1 | grep -E '^(Passed|Failed)!|^\s+Failed |Error Message' -A3 | grep -v '^--$'
  shopt -s nullglob
  trx_files=("$RESULTS"/dotnet/*.trx)
  if [ ${#trx_files[@]} -lt 5 ]; then
    echo "Expected results from 5 .NET test projects, found ${#trx_files[@]}." >&2
    record ".NET test projects ran" 0 1
  fi
  for trx in "${trx_files[@]}"; do
    counters=$(grep -o '<Counters [^>]*>' "$trx")
    passed=$(echo "$counters" | sed -E 's/.* passed="([0-9]+)".*/\1/')
    total=$(echo "$counters" | sed -E 's/.* total="([0-9]+)".*/\1/')
    assembly=$(grep -o 'storage="[^"]*"' "$trx" | head -1 | sed -E 's/.*\/([^/]*)\.dll"/\1/')
    record "dotnet: ${assembly:-$(basename "$trx")}" "$passed" $((total - passed))
  done
fi

# --- client -----------------------------------------------------------------------------------
check "client: type check" bash -c 'cd client && npm run --silent typecheck'
check "client: lint" bash -c 'cd client && npm run --silent lint'
log "client: Vitest"
(cd client && npx vitest run --reporter=default --reporter=json --outputFile="$RESULTS/vitest.json" 2>&1 | tail -8)
if [ -f "$RESULTS/vitest.json" ]; then
  record "client: vitest" "$(node -p "require('$RESULTS/vitest.json').numPassedTests")" \
    "$(node -p "const r=require('$RESULTS/vitest.json'); r.numFailedTests || (r.success ? 0 : 1)")"
else
  record "client: vitest" 0 1
fi

# --- end to end -------------------------------------------------------------------------------
e2e() {
  client_build || return 1
  local port connection
  port=$(pg_free_port 18080)
  connection=$(with_database "$ONESTOP_TEST_DB" "onestop_e2e_$$")
  api_start "$port" "$connection" "$RESULTS/e2e-api.log" Database__SeedDemoData=true FileStorage__RootPath="$RESULTS/e2e-files" \
    Logging__LogLevel__Default=Warning || return 1
  log "Playwright in /usr/bin/chromium against http://127.0.0.1:$port"
  (cd client && E2E_BASE_URL="http://127.0.0.1:$port" PLAYWRIGHT_JSON_OUTPUT_NAME="$RESULTS/e2e.json" npx playwright test 2>&1 | tail -15)
  api_stop
}
if [ -n "$BUILT" ]; then
  e2e || echo "The end-to-end run could not start." >&2
  if [ -f "$RESULTS/e2e.json" ]; then
    record "e2e: playwright" "$(node -p "require('$RESULTS/e2e.json').stats.expected")" \
      "$(node -p "const s=require('$RESULTS/e2e.json').stats; s.unexpected + s.flaky")"
  else
    record "e2e: playwright" 0 1
  fi
fi

# --- summary ----------------------------------------------------------------------------------
echo
printf '%-60s %8s %8s\n' "suite" "passed" "failed"
awk -F'\t' '{ printf "%-60s %8d %8d\n", $1, $2, $3 }' "$SUMMARY"
passed=$(awk -F'\t' '{ s += $2 } END { print s + 0 }' "$SUMMARY")
failed=$(awk -F'\t' '{ s += $3 } END { print s + 0 }' "$SUMMARY")
echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
