#!/usr/bin/env bash
# Starts a private PostgreSQL cluster in a project folder and prints nothing but errors.
# Sourced by run.sh and test.sh. After `pg_start DIR`, PG_PORT and PG_URL (an Npgsql
# connection string to the "postgres" database) are set; `pg_stop DIR` stops it.

pg_bin_dir() {
  local d
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && { echo "$d"; return 0; }; done
  command -v initdb >/dev/null && { dirname "$(readlink -f "$(command -v initdb)")"; return 0; }
  echo "PostgreSQL server binaries (initdb, pg_ctl) are not installed: apt-get install postgresql" >&2
  return 1
}

# Runs a command as the postgres user when we are root (initdb refuses root).
pg_as_owner() {
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

pg_free_port() {
  local port=${1:-55432}
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

pg_start() {
  local dir bin
  dir=$(realpath -m "$1")
  bin=$(pg_bin_dir) || return 1
  mkdir -p "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    [ "$(id -u)" = 0 ] && chown -R postgres "$dir" 2>/dev/null
    pg_as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; return 1; }
  fi
  [ "$(id -u)" = 0 ] && chown -R postgres "$dir"
  # Already running (a run that was killed, say): reuse it on its port.
  if pg_as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    PG_PORT=$(sed -n 4p "$dir/data/postmaster.pid")
    PG_URL="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
    export PG_PORT PG_URL
    return 0
  fi
  PG_PORT=$(pg_free_port "${PG_PORT:-55432}")
  mkdir -p "$dir/socket" && [ "$(id -u)" = 0 ] && chown postgres "$dir/socket"
  pg_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $dir/socket -c max_connections=300 -c fsync=${PG_FSYNC:-on}" start >/dev/null \
    || { tail -20 "$dir/server.log" >&2; return 1; }
  PG_URL="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
  export PG_PORT PG_URL
}

pg_stop() {
  local dir bin
  dir=$(realpath -m "$1")
  bin=$(pg_bin_dir) || return 0
  [ -f "$dir/data/postmaster.pid" ] && pg_as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1
  return 0
}
