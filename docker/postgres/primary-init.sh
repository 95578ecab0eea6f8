#!/usr/bin/env bash
# Runs once, from /docker-entrypoint-initdb.d/ of the official postgres image, when the primary's data directory is
# first initialised: creates the streaming-replication role and a physical replication slot for the replica, and lets
# that role connect for replication from the compose network.
#
# Environment: POSTGRES_USER, POSTGRES_DB (set by the image), REPLICATION_USER, REPLICATION_PASSWORD,
# REPLICATION_SLOT (default replica1), PGDATA.
# The body runs in a subshell so that it behaves the same whether the entrypoint executes or sources it.
(
  set -euo pipefail
  : "${REPLICATION_USER:?REPLICATION_USER is required}"
  : "${REPLICATION_PASSWORD:?REPLICATION_PASSWORD is required}"
  slot="${REPLICATION_SLOT:-replica1}"

  psql -v ON_ERROR_STOP=1 --no-psqlrc --username "${POSTGRES_USER:-postgres}" --dbname "${POSTGRES_DB:-postgres}" \
    -v repl_user="$REPLICATION_USER" -v repl_password="$REPLICATION_PASSWORD" -v slot="$slot" <<'SQL'
SET password_encryption = 'scram-sha-256';
CREATE ROLE :"repl_user" WITH REPLICATION LOGIN PASSWORD :'repl_password';
SELECT pg_create_physical_replication_slot(:'slot');
SQL

  # Replication connections match only lines whose database column is "replication".
  printf '\n# streaming replica (docker/postgres/primary-init.sh)\nhost replication %s all scram-sha-256\n' \
    "$REPLICATION_USER" >>"$PGDATA/pg_hba.conf"
  echo "primary-init: replication role '$REPLICATION_USER' and slot '$slot' created"
)
