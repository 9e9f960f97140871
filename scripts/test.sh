#!/usr/bin/env bash
# Runs every Entente test on a Debian machine with the .NET SDK.
# Installs what the tests need (Chromium, PostgreSQL + PostGIS, Node.js/npm, gpsd-clients, netcdf-bin for libnetcdf)
# when missing, starts a throwaway PostgreSQL on loopback, builds the solution, runs each test project (two at a time), stops PostgreSQL,
# and ends with one line: "N passed, N failed, N skipped".
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

log() { printf '== %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else return 1; fi
}

install_packages() {
  local missing=()
  for pkg in chromium postgresql-15 postgresql-15-postgis-3 gpsd-clients netcdf-bin nodejs npm; do
    if [ "$pkg" = nodejs ] || [ "$pkg" = npm ]; then
      command -v "${pkg/nodejs/node}" >/dev/null 2>&1 && continue
    fi
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
    && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
    || log "could not install ${missing[*]}: tests that need them will skip (or fail under CI=true)"
}

pg_dir=""
start_postgres() {
  local bin=/usr/lib/postgresql/15/bin
  [ -x "$bin/initdb" ] || { log "PostgreSQL 15 not installed"; return 1; }
  id postgres >/dev/null 2>&1 || { log "no postgres user"; return 1; }
  pg_dir=$(mktemp -d /tmp/entente-pg.XXXXXX)
  chmod 755 "$pg_dir"
  as_root chown postgres:postgres "$pg_dir" || return 1
  local port=${ENTENTE_TEST_PG_PORT:-55432}
  as_root runuser -u postgres -- "$bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null || return 1
  as_root runuser -u postgres -- "$bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/pg.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir" start >/dev/null || { cat "$pg_dir/pg.log" >&2; return 1; }
  psql -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE entente_test" >/dev/null || return 1
  # PostGIS lives in public so that every test schema (search_path "t_x,public") sees its types.
  psql -h 127.0.0.1 -p "$port" -U postgres -d entente_test -qc "CREATE EXTENSION IF NOT EXISTS postgis" >/dev/null \
    || log "PostGIS not available"
  export ENTENTE_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Database=entente_test"
  log "PostgreSQL on 127.0.0.1:$port"
}

stop_postgres() {
  [ -n "$pg_dir" ] || return 0
  as_root runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1
  as_root rm -rf "$pg_dir"
}
trap stop_postgres EXIT

install_packages
start_postgres || log "PostgreSQL not started: its tests will skip (or fail under CI=true)"

export ENTENTE_TEST_ARTIFACTS="$root/test-results"
mkdir -p "$ENTENTE_TEST_ARTIFACTS"
results=$(mktemp /tmp/entente-test.XXXXXX)

# One test project, with its own log. The xUnit runner can report a finished test process as "crashed with exit
# code 0" when it sees the exit before reading the last results (a race on a loaded machine); such a project, with no
# failed test, is run once more; the first log is kept in test-results/. Any other crash or failure stands.
run_project() {
  local project=$1; shift
  local name; name=$(basename "$project" .csproj)
  local log="$logs/$name.log"
  dotnet test "$project" --no-build --blame-hang-timeout 10m "$@" >"$log" 2>&1
  local rc=$?
  if [ "$rc" -ne 0 ] && grep -q "Test process crashed with exit code 0\." "$log" && ! grep -qE "^Failed! |\[FAIL\]" "$log"; then
    mv "$log" "$ENTENTE_TEST_ARTIFACTS/$name.first-run.log"
    printf '== %s: the runner lost the end of a finished test process (exit code 0); running it again\n' "$name" >"$log"
    dotnet test "$project" --no-build --blame-hang-timeout 10m "$@" >>"$log" 2>&1
    rc=$?
  fi
  echo "$rc" >"$logs/$name.rc"
  cat "$log"
}
export -f run_project

logs=$(mktemp -d /tmp/entente-test-logs.XXXXXX)
export logs
if [ -n "${ENTENTE_TEST_TARGET:-}" ]; then
  log "dotnet test $ENTENTE_TEST_TARGET"
  dotnet test "$ENTENTE_TEST_TARGET" --blame-hang-timeout 10m "$@" 2>&1 | tee "$results"
  rc=${PIPESTATUS[0]}
else
  log "dotnet build"
  dotnet build Entente.slnx 2>&1 | tee "$results"
  if [ "${PIPESTATUS[0]}" -ne 0 ]; then
    rc=1
  else
    # Two projects at a time, the longest first, each printed whole when it ends.
    log "dotnet test, two projects at a time"
    order=(Rules Cli Statistics Incidents Tracking Simulation Browser Server Storage Ais Sar Geo Core)
    projects=()
    for name in "${order[@]}"; do [ -f "tests/Entente.$name.Tests/Entente.$name.Tests.csproj" ] && projects+=("tests/Entente.$name.Tests"); done
    for project in tests/*/*.csproj; do
      dir=$(dirname "$project")
      [[ " ${projects[*]} " == *" $dir "* ]] || projects+=("$dir")
    done
    printf '%s\n' "${projects[@]}" \
      | xargs -P 2 -I{} bash -c 'run_project "$@"' _ {} "$@" | tee "$results"
    rc=0
    for project in tests/*/*.csproj; do
      name=$(basename "$project" .csproj)
      code=$(cat "$logs/$name.rc" 2>/dev/null || echo 1)
      [ "$code" -eq 0 ] || { log "$name: exit code $code"; rc=1; }
    done
  fi
fi

awk '/^(Passed|Failed)! +- Failed:/ { gsub(",",""); for (i = 1; i <= NF; i++) {
       if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$results"
rm -f "$results"
rm -rf "$logs"
exit "$rc"
