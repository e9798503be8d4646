#!/usr/bin/env bash
# Steps shared by run.sh and test.sh: install what a fresh machine lacks, build the SPA, start the API.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/postgres.sh
source "$ROOT/scripts/postgres.sh"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }

# apt_install PACKAGE TEST_PATH: installs a Debian package when TEST_PATH is missing (as root, or with sudo).
apt_install() {
  [ -e "$2" ] && return 0
  log "Installing Debian's $1"
  local sudo=
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$1" >/dev/null
}

# The printed forms are drawn in DejaVu Sans, which covers every Vietnamese letter.
fonts_install() { apt_install fonts-dejavu-core /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf; }

# npm ci only when the lock file changed since the last install, so repeated runs stay quick.
client_install() {
  local stamp="$ROOT/client/node_modules/.package-lock.sha"
  local want
  want=$(sha256sum "$ROOT/client/package-lock.json" | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    log "Installing the SPA's packages (npm ci)"
    (cd "$ROOT/client" && npm ci --no-audit --no-fund --loglevel=error) || return 1
    echo "$want" >"$stamp"
  fi
}

client_build() {
  client_install || return 1
  log "Building the SPA"
  (cd "$ROOT/client" && npm run --silent build >/dev/null) || return 1
}

# Starts the API in the background on 127.0.0.1:PORT; sets API_PID. Extra settings come as NAME=VALUE arguments.
# The API's smallest gen-0 budget (32 MB): a request allocates a few hundred KB, and the workstation GC's default budget
# on these small hosts collects dozens of times a second under load (bench/README.md). Only read from the environment.
API_GEN0_BUDGET=0x2000000

api_start() {
  local port=$1 connection=$2 log_file=$3
  shift 3
  (
    cd "$ROOT/src/Api" &&
      exec env ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production \
        DOTNET_GCgen0size="${DOTNET_GCgen0size:-$API_GEN0_BUDGET}" \
        ConnectionStrings__OneStop="$connection" Database__MigrateOnStartup=true \
        Jwt__SigningKey="${ONESTOP_JWT_KEY:-$(random_secret)}" Spa__RootPath="$ROOT/client/dist" \
        FileStorage__RootPath="${ONESTOP_FILES:-$ROOT/.data/files}" "$@" \
        dotnet bin/Release/net10.0/OneStop.Api.dll
  ) >"$log_file" 2>&1 &
  API_PID=$!
  local waited=0
  until curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do
    if ! kill -0 "$API_PID" 2>/dev/null || [ $waited -ge 120 ]; then
      echo "The API did not start; the end of its log ($log_file):" >&2
      tail -30 "$log_file" >&2
      return 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
}

random_secret() { head -c 36 /dev/urandom | base64 | tr '+/' '-_'; }

api_stop() {
  if [ -n "${API_PID:-}" ]; then
    kill "$API_PID" 2>/dev/null
    wait "$API_PID" 2>/dev/null
  fi
  API_PID=
  return 0
}

# "…;Database=postgres" → "…;Database=NAME"
with_database() {
  local connection=$1 name=$2
  if [[ $connection == *Database=* ]]; then
    echo "$connection" | sed -E "s/Database=[^;]*/Database=$name/"
  else
    echo "$connection;Database=$name"
  fi
}
