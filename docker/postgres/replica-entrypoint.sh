#!/usr/bin/env bash
# Entry point of the streaming replica (docker-compose.prod.yml, service postgres-replica).
#
# On the first start (empty data directory) it waits for the primary, clones it with pg_basebackup over the
# replication protocol (-X stream, using the slot the primary created in primary-init.sh, -R writes standby.signal and
# primary_conninfo), then hands over to the command it was given — normally the image's own
# `docker-entrypoint.sh postgres ...`, which sees an initialised data directory and just starts the standby.
# Later starts skip the clone: the standby resumes streaming from where it stopped.
#
# Environment: PRIMARY_HOST (postgres-primary), PRIMARY_PORT (5432), REPLICATION_USER, REPLICATION_PASSWORD,
# REPLICATION_SLOT (replica1), PGDATA (set by the postgres:18 image: /var/lib/postgresql/18/docker),
# PRIMARY_WAIT_SECONDS (300).
set -euo pipefail

PGDATA="${PGDATA:-/var/lib/postgresql/18/docker}"
PRIMARY_HOST="${PRIMARY_HOST:-postgres-primary}"
PRIMARY_PORT="${PRIMARY_PORT:-5432}"
REPLICATION_SLOT="${REPLICATION_SLOT:-replica1}"
PRIMARY_WAIT_SECONDS="${PRIMARY_WAIT_SECONDS:-300}"
: "${REPLICATION_USER:?REPLICATION_USER is required}"
: "${REPLICATION_PASSWORD:?REPLICATION_PASSWORD is required}"

# The image starts as root: prepare the directory, then continue as the postgres user.
if [ "$(id -u)" = "0" ]; then
  mkdir -p "$PGDATA"
  chown -R postgres:postgres "$PGDATA"
  chmod 700 "$PGDATA"
  exec gosu postgres "$0" "$@"
fi

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  echo "replica: waiting for the primary $PRIMARY_HOST:$PRIMARY_PORT"
  waited=0
  until pg_isready --quiet --host="$PRIMARY_HOST" --port="$PRIMARY_PORT"; do
    if [ "$waited" -ge "$PRIMARY_WAIT_SECONDS" ]; then
      echo "replica: primary not ready after ${PRIMARY_WAIT_SECONDS}s" >&2
      exit 1
    fi
    sleep 2
    waited=$((waited + 2))
  done
  echo "replica: cloning the primary with pg_basebackup (slot $REPLICATION_SLOT)"
  # A failed clone must not leave a half-written directory that the next start would take for a data directory.
  rm -rf "${PGDATA:?}"/* "$PGDATA"/.[!.]* 2>/dev/null || true
  PGPASSWORD="$REPLICATION_PASSWORD" pg_basebackup --host="$PRIMARY_HOST" --port="$PRIMARY_PORT" \
    --username="$REPLICATION_USER" --no-password --pgdata="$PGDATA" --wal-method=stream \
    --slot="$REPLICATION_SLOT" --write-recovery-conf --checkpoint=fast --progress \
    || { rm -rf "${PGDATA:?}"/*; echo "replica: pg_basebackup failed" >&2; exit 1; }
  chmod 700 "$PGDATA"
  echo "replica: clone done; starting as a hot standby"
fi

exec "$@"
