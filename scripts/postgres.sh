#!/usr/bin/env bash
# A throwaway PostgreSQL server for the store's tests and benchmarks.
#
#   scripts/postgres.sh install           install Debian's postgresql package when absent (as root)
#   scripts/postgres.sh start             start a cluster in a temp dir; prints `export GEBIEDSGERICHT_PG_URL=...`
#   scripts/postgres.sh stop              stop the cluster started by `start` and remove its files
#   scripts/postgres.sh run -- CMD ...    start, run CMD with GEBIEDSGERICHT_PG_URL set, stop (also on failure)
#
# The cluster runs as an unprivileged user (initdb refuses root): the current user, or `nobody`
# when run as root. It listens only on a Unix socket in its temp dir, so it never clashes with
# another server on the machine. When GEBIEDSGERICHT_PG_URL is already set, `run` uses that
# server and starts nothing. Without PostgreSQL binaries (and no root to install them), `run`
# runs CMD without a server unless CI=true, in which case it fails.
set -euo pipefail

STATE_FILE="${GEBIEDSGERICHT_PG_STATE:-${TMPDIR:-/tmp}/gebiedsgericht-postgres.state}"
PORT=5432

pg_bindir() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
      echo "$dir"
      return 0
    fi
  done
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
    return 0
  fi
  return 1
}

install_postgres() {
  if pg_bindir >/dev/null; then return 0; fi
  if [ "$(id -u)" != "0" ]; then
    echo "postgres.sh: PostgreSQL is not installed and installing it needs root (apt-get install postgresql)" >&2
    return 1
  fi
  echo "postgres.sh: installing Debian's postgresql package" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postgresql >&2
  pg_bindir >/dev/null
}

# Runs a command as the unprivileged cluster owner.
as_owner() {
  if [ "$(id -u)" = "0" ]; then
    setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"
  else
    "$@"
  fi
}

start_postgres() {
  install_postgres
  local bindir dir
  bindir="$(pg_bindir)"
  dir="$(mktemp -d "${TMPDIR:-/tmp}/gebiedsgericht-pg.XXXXXX")"
  chmod 755 "$dir"
  if [ "$(id -u)" = "0" ]; then chown nobody:nogroup "$dir"; fi
  as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; return 1; }
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses='' -k $dir -p $PORT -c fsync=on -c max_connections=50" start >/dev/null ||
    { cat "$dir/server.log" >&2; return 1; }
  printf '%s\n%s\n' "$dir" "$bindir" >"$STATE_FILE"
  echo "postgresql://postgres@localhost/postgres?host=$dir&port=$PORT"
}

stop_postgres() {
  [ -f "$STATE_FILE" ] || return 0
  local dir bindir
  dir="$(sed -n 1p "$STATE_FILE")"
  bindir="$(sed -n 2p "$STATE_FILE")"
  if [ -d "$dir/data" ]; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir" "$STATE_FILE"
}

case "${1:-}" in
  install)
    install_postgres
    ;;
  start)
    url="$(start_postgres)"
    echo "export GEBIEDSGERICHT_PG_URL='$url'"
    ;;
  stop)
    stop_postgres
    ;;
  run)
    shift
    [ "${1:-}" = "--" ] && shift
    if [ -n "${GEBIEDSGERICHT_PG_URL:-}" ]; then
      exec "$@"
    fi
    STATE_FILE="$(mktemp "${TMPDIR:-/tmp}/gebiedsgericht-postgres-run.XXXXXX")"
    rm -f "$STATE_FILE"
    export GEBIEDSGERICHT_PG_STATE="$STATE_FILE"
    if url="$(start_postgres)"; then
      trap stop_postgres EXIT
      export GEBIEDSGERICHT_PG_URL="$url"
    elif [ "${CI:-}" = "true" ]; then
      echo "postgres.sh: could not start PostgreSQL, and CI=true needs it" >&2
      exit 1
    else
      echo "postgres.sh: no PostgreSQL here; the PostgreSQL tests are skipped" >&2
    fi
    status=0
    "$@" || status=$?
    exit "$status"
    ;;
  *)
    sed -n '2,13p' "$0" >&2
    exit 2
    ;;
esac
