#!/usr/bin/env bash
# Runs every Waypoint test: Core unit and property tests, HTTP tests against SQLite and a throwaway PostgreSQL,
# and browser tests in headless Chromium. Installs what it needs from Debian, cleans up after itself, and ends
# with one line of totals: "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
out="$root/.test-output"
rm -rf "$out" && mkdir -p "$out"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# 1. Debian packages: PostgreSQL for the HTTP tests, Chromium for the browser tests.
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}…"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# 2. A throwaway PostgreSQL cluster on a free loopback port, removed on exit.
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdir=$(mktemp -d /tmp/waypoint-pg.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
  || echo $(( 20000 + RANDOM % 20000 )))
pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$pgdir"
cleanup() {
  pg "$pgbin/pg_ctl -D $pgdir/data -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$pgdir"
}
trap cleanup EXIT
pg "$pgbin/initdb -D $pgdir/data -A trust -U postgres --no-sync" >"$out/initdb.log" 2>&1
pg "$pgbin/pg_ctl -D $pgdir/data -l $pgdir/server.log -w -o \"-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" start" >/dev/null
export WAYPOINT_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Include Error Detail=true"
echo "PostgreSQL is running on 127.0.0.1:$port"

# 3. Build once (this also builds the front end from npm), then run each test project.
dotnet build Waypoint.slnx -c Release -nologo -v quiet >"$out/build.log" 2>&1 || { cat "$out/build.log" | tail -n 40; echo "0 passed, 1 failed, 0 skipped"; exit 1; }

status=0
for project in tests/Waypoint.Core.Tests tests/Waypoint.Web.Tests tests/Waypoint.Browser.Tests; do
  name=$(basename "$project")
  echo "== $name"
  dotnet test "$project" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$out/$name.trx" --logger "console;verbosity=minimal" || status=1
done

passed=0; failed=0; skipped=0
for trx in "$out"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  total=$(get total); executed=$(get executed)
  passed=$(( passed + $(get passed) ))
  failed=$(( failed + $(get failed) + $(get error) + $(get timeout) ))
  skipped=$(( skipped + total - executed ))
done
[ "$passed" -gt 0 ] || status=1
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
