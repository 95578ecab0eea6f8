#!/usr/bin/env bash
# Restores a dump made by scripts/backup_db.sh into a named database.
#
#   scripts/restore_db.sh [--yes] [--force] FILE TARGET_DB
#
#   FILE       a pg_dump custom-format file (flurai_YYYYmmdd_HHMMSS.dump)
#   TARGET_DB  the database to restore into; created when missing
#   --yes      do not ask for confirmation (for scripts and the restore drill)
#   --force    allow a TARGET_DB that already has tables/views/sequences in schema public: it is dropped and recreated
#
# Environment: DB_HOST (localhost), DB_PORT (5432), DB_USER (flurai), DB_PASSWORD (optional; passed as PGPASSWORD),
#   PG_BIN (directory holding psql / pg_restore; default: from PATH), MAINTENANCE_DB (postgres; the database used to
#   create/drop/rename TARGET_DB). DB_USER needs the CREATEDB privilege (and must own TARGET_DB for --force).
#
# Order of work, so that a refusal or a failure changes nothing:
#   1. the dump is verified with `pg_restore --list`;
#   2. a TARGET_DB that is not empty is refused unless --force;
#   3. you confirm by typing TARGET_DB (unless --yes);
#   4. the dump is restored in one transaction into a staging database TARGET_DB__restore;
#   5. only then is the old TARGET_DB dropped (--force) and the staging database renamed to TARGET_DB.
# A failed restore drops the staging database and leaves TARGET_DB as it was. Exit status: 0 done, 1 failure,
# 2 usage error, 3 refused (target not empty without --force, or not confirmed).
set -euo pipefail

log() { printf '%s restore_db: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
refuse() { log "REFUSED: $*"; exit 3; }
usage() {
  sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

yes=false
force=false
args=()
for a in "$@"; do
  case "$a" in
    --yes | -y) yes=true ;;
    --force) force=true ;;
    -h | --help) usage ;;
    -*) log "unknown option $a"; usage ;;
    *) args+=("$a") ;;
  esac
done
[[ ${#args[@]} -eq 2 ]] || usage
file="${args[0]}"
target="${args[1]}"
staging="${target}__restore"

# Plain identifiers only: no quoting surprises in SQL or shell, and room for the staging suffix (63-byte limit).
[[ "$target" =~ ^[A-Za-z_][A-Za-z0-9_]{0,53}$ ]] \
  || die "TARGET_DB must be a plain identifier ([A-Za-z_][A-Za-z0-9_]*, at most 54 characters): '$target'"

DB_HOST="${DB_HOST:-localhost}"
DB_PORT="${DB_PORT:-5432}"
DB_USER="${DB_USER:-flurai}"
MAINTENANCE_DB="${MAINTENANCE_DB:-postgres}"
[[ "$target" != "$MAINTENANCE_DB" ]] || die "refusing to restore into the maintenance database $MAINTENANCE_DB"

if [[ -n "${PG_BIN:-}" ]]; then
  PSQL="${PG_BIN%/}/psql"
  PG_RESTORE="${PG_BIN%/}/pg_restore"
else
  PSQL="$(command -v psql || true)"
  PG_RESTORE="$(command -v pg_restore || true)"
fi
[[ -n "$PSQL" && -x "$PSQL" ]] || die "psql not found (set PG_BIN or install the PostgreSQL client tools)"
[[ -n "$PG_RESTORE" && -x "$PG_RESTORE" ]] || die "pg_restore not found (set PG_BIN or install the PostgreSQL client tools)"
if [[ -n "${DB_PASSWORD:-}" ]]; then
  export PGPASSWORD="$DB_PASSWORD"
fi

# psql against a database; SQL on stdin so that :'var' / :"var" interpolation works.
sql() {
  local db="$1"
  shift
  "$PSQL" --no-password --no-psqlrc --quiet --tuples-only --no-align -v ON_ERROR_STOP=1 \
    --host="$DB_HOST" --port="$DB_PORT" --username="$DB_USER" --dbname="$db" "$@"
}

# 1. Verify the dump before touching anything.
[[ -f "$file" && -r "$file" ]] || die "dump file not found or not readable: $file"
log "verifying $file with pg_restore --list"
toc="$("$PG_RESTORE" --list "$file")" || die "$file is not a readable pg_dump custom-format archive"
[[ -n "$toc" ]] || die "$file has an empty table of contents"

# 2. Inspect the target.
exists="$(sql "$MAINTENANCE_DB" -v db="$target" <<<"SELECT count(*) FROM pg_database WHERE datname = :'db';")" \
  || die "cannot connect to $DB_HOST:$DB_PORT/$MAINTENANCE_DB as $DB_USER"
objects=0
if [[ "$exists" == "1" ]]; then
  objects="$(sql "$target" <<<"SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f');")" \
    || die "cannot inspect database $target"
  if [[ "$objects" != "0" && "$force" != true ]]; then
    refuse "database $target already has $objects table(s)/view(s)/sequence(s) in schema public; use --force to drop and recreate it"
  fi
fi
staging_exists="$(sql "$MAINTENANCE_DB" -v db="$staging" <<<"SELECT count(*) FROM pg_database WHERE datname = :'db';")"
[[ "$staging_exists" == "0" ]] || die "staging database $staging exists (left by an interrupted restore?): drop it first"

# 3. Confirmation.
if [[ "$yes" != true ]]; then
  if [[ "$exists" == "1" && "$objects" != "0" ]]; then
    log "database $target ($objects objects in public) will be DROPPED and replaced by $file"
  else
    log "$file will be restored into database $target on $DB_HOST:$DB_PORT"
  fi
  printf 'Type the database name (%s) to confirm: ' "$target" >&2
  answer=""
  read -r answer || true
  [[ "$answer" == "$target" ]] || refuse "confirmation did not match; nothing changed"
fi

# 4. Restore into the staging database.
cleanup_staging() {
  log "restore failed: dropping staging database $staging; $target is unchanged"
  sql "$MAINTENANCE_DB" -v db="$staging" <<<'DROP DATABASE IF EXISTS :"db";' || true
}
log "creating staging database $staging"
sql "$MAINTENANCE_DB" -v db="$staging" <<<'CREATE DATABASE :"db" TEMPLATE template0;' \
  || die "cannot create database $staging (does $DB_USER have CREATEDB?)"
trap cleanup_staging EXIT
log "restoring (single transaction, objects owned by $DB_USER)"
"$PG_RESTORE" --no-password --host="$DB_HOST" --port="$DB_PORT" --username="$DB_USER" --dbname="$staging" \
  --no-owner --no-privileges --exit-on-error --single-transaction "$file" || die "pg_restore failed"
sql "$staging" <<<'ANALYZE;' || die "ANALYZE failed"
# From here on the staging database holds a good copy: keep it if the swap fails.
trap - EXIT

# 5. Swap in.
if [[ "$exists" == "1" ]]; then
  log "dropping the old database $target"
  version="$(sql "$MAINTENANCE_DB" <<<'SHOW server_version_num;')"
  if ((version >= 130000)); then
    sql "$MAINTENANCE_DB" -v db="$target" <<<'DROP DATABASE :"db" WITH (FORCE);' \
      || die "cannot drop $target; the restored copy is in $staging"
  else
    sql "$MAINTENANCE_DB" -v db="$target" <<<"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :'db';
      DROP DATABASE :\"db\";" >/dev/null || die "cannot drop $target; the restored copy is in $staging"
  fi
fi
sql "$MAINTENANCE_DB" -v from="$staging" -v to="$target" <<<'ALTER DATABASE :"from" RENAME TO :"to";' \
  || die "cannot rename $staging to $target; the restored copy is in $staging"

tables="$(sql "$target" <<<"SELECT count(*) FROM pg_tables WHERE schemaname = 'public';")"
log "restored $file into $target ($tables tables in public)"
