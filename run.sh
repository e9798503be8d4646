#!/usr/bin/env bash
# OneStop, locally: a PostgreSQL cluster in .data/postgres (or the one in ONESTOP_DB), migrations,
# demo data, the SPA, and the API serving both on http://127.0.0.1:${ONESTOP_PORT:-8080}.
# Ctrl-C stops the API and the database this script started.
set -euo pipefail
source "$(dirname "$0")/scripts/common.sh"
cd "$ROOT"

PORT=${ONESTOP_PORT:-8080}
DATA="$ROOT/.data"
mkdir -p "$DATA"

if curl -fs "http://127.0.0.1:$PORT" >/dev/null 2>&1; then
  echo "Port $PORT is already in use; choose another with ONESTOP_PORT=…" >&2
  exit 1
fi

STARTED_DB=
cleanup() {
  set +e
  api_stop
  [ -n "$STARTED_DB" ] && { log "Stopping PostgreSQL"; pg_stop "$DATA/postgres"; }
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -n "${ONESTOP_DB:-}" ]; then
  CONNECTION=$ONESTOP_DB
else
  log "Starting PostgreSQL in .data/postgres"
  pg_start "$DATA/postgres"
  STARTED_DB=1
  CONNECTION=$(with_database "$PG_URL" onestop)
fi

# Signs access tokens; kept so that sessions survive a restart.
[ -f "$DATA/jwt-signing-key" ] || random_secret >"$DATA/jwt-signing-key"
export ONESTOP_JWT_KEY=${ONESTOP_JWT_KEY:-$(cat "$DATA/jwt-signing-key")}

# Prints the seeded demo accounts from the file the seed reads.
demo_accounts() {
  node -e '
    const seed = require(process.argv[1]);
    if (process.argv[2] === "password") { console.log(seed.password); process.exit(0); }
    if (process.argv[2] === "integrator") {
      const c = seed.integratorClient;
      console.log(`    Integrator client "${c.name}": client_id ${c.clientId}, client_secret ${c.clientSecret}`);
      console.log(`      POST /api/auth/token (grant_type=client_credentials); scopes ${c.scopes.join(" ")}`);
      process.exit(0);
    }
    for (const a of seed.accounts)
      console.log(`    ${a.roles.join(", ").padEnd(24)} ${a.email.padEnd(38)} ${a.agencyCode ?? ""}`);
  ' "$ROOT/src/Infrastructure/Data/Seed/demo-accounts.json" "$1"
}

fonts_install || log "Could not install fonts-dejavu-core: printed forms will fail until it is installed"
client_build
log "Building the API"
dotnet build "$ROOT/src/Api/Api.csproj" -c Release -nologo -v quiet >/dev/null
log "Migrating, seeding the demo province and starting the API"
api_start "$PORT" "$CONNECTION" "$DATA/api.log" Database__SeedDemoData=true

cat <<BANNER

  OneStop is running.
    Portal (SPA):  http://127.0.0.1:$PORT/
    Swagger UI:    http://127.0.0.1:$PORT/swagger
    OpenAPI:       http://127.0.0.1:$PORT/swagger/v1/swagger.json
    Health:        http://127.0.0.1:$PORT/health/ready
    API log:       .data/api.log

  Demo accounts (sign in at /api/auth/sign-in; password for all: $(demo_accounts password))
$(demo_accounts list)
$(demo_accounts integrator)
    Catalogue administration needs the Administrator's access token (Authorize in Swagger UI).

  Press Ctrl-C to stop.
BANNER
wait "$API_PID"
