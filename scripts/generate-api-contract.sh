#!/usr/bin/env bash
# Writes the API contract the SPA is typed from: client/openapi/onestop.json (Swashbuckle CLI, from the
# Release build of the API) and client/src/lib/api/schema.d.ts (openapi-typescript). Commit both.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"
if [ "${1:-}" != "--no-build" ]; then
  dotnet tool restore >/dev/null
  dotnet build src/Api/Api.csproj -c Release -nologo -v quiet >/dev/null
  client_install
fi
# The CLI starts the host, whose start-up checks want a signing key; this one signs nothing.
(cd src/Api && Jwt__SigningKey="$(random_secret)" dotnet swagger tofile --output "$ROOT/client/openapi/onestop.json" bin/Release/net10.0/OneStop.Api.dll v1 >/dev/null)
(cd client && npm run --silent gen:api >/dev/null)
