#!/usr/bin/env bash
# A throw-away PostgreSQL server for the test suite, on a Unix socket only (no TCP port to
# clash with), in DIR. Idempotent: `start` reuses a cluster already there and running.
#
#   tests/postgres.sh start DIR        initdb if needed, start; prints the SQLAlchemy URL
#   tests/postgres.sh stop DIR         stop it (nothing to do when it is not running)
#   tests/postgres.sh run DIR -- CMD   start, run CMD with VEILLEUR_TEST_POSTGRES_URL set,
#                                      stop, exit with CMD's status
#
# PostgreSQL refuses to run as root: as root, the server runs as the `postgres` user
# (DIR is given to it); as anyone else, as that user. Needs the Debian `postgresql` package
# (`make system-deps` installs it).
set -euo pipefail

action=${1:?usage: tests/postgres.sh start|stop|run DIR [-- CMD...]}
dir=${2:?usage: tests/postgres.sh start|stop|run DIR [-- CMD...]}
data="$dir/data"

# VEILLEUR_PG_BINDIR: another PostgreSQL build (the pgvector tests use the one the PyPI
# package pgserver ships, which has the `vector` extension; Debian bookworm has none).
bindir=${VEILLEUR_PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)}
if [ -z "$bindir" ] && command -v pg_ctl >/dev/null; then
  bindir=$(dirname "$(command -v pg_ctl)")
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/pg_ctl" ]; then
  echo "tests/postgres.sh: PostgreSQL is not installed (apt-get install postgresql, or make system-deps)" >&2
  exit 1
fi

as_server() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

running() {
  as_server "$bindir/pg_ctl" status -D "$data" >/dev/null 2>&1
}

url() {
  echo "postgresql+psycopg://veilleur@/postgres?host=$dir"
}

start() {
  mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
  chmod 700 "$dir"
  if [ ! -f "$data/PG_VERSION" ]; then
    as_server "$bindir/initdb" -D "$data" -U veilleur -A trust -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
  fi
  if ! running; then
    # fsync off: a test cluster need not survive a power cut. Root (the tests' user in CI)
    # may use the socket whatever its mode.
    as_server "$bindir/pg_ctl" start -D "$data" -l "$dir/server.log" -w -t 60 \
      -o "-k $dir -c listen_addresses= -c fsync=off -c synchronous_commit=off -c max_connections=300" \
      >/dev/null || { tail -n 30 "$dir/server.log" >&2; exit 1; }
  fi
  url
}

stop() {
  if [ -f "$data/PG_VERSION" ] && running; then
    as_server "$bindir/pg_ctl" stop -D "$data" -m fast -w >/dev/null
  fi
}

case "$action" in
  start) start ;;
  stop) stop ;;
  run)
    shift 2
    [ "${1:-}" = "--" ] && shift
    VEILLEUR_TEST_POSTGRES_URL=$(start)
    export VEILLEUR_TEST_POSTGRES_URL
    status=0
    "$@" || status=$?
    stop
    exit "$status"
    ;;
  *) echo "tests/postgres.sh: unknown action $action (start, stop, run)" >&2; exit 2 ;;
esac
