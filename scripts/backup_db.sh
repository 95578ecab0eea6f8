#!/usr/bin/env bash
# Backs up the Flurai PostgreSQL database in pg_dump's custom format (-Fc).
#
#   scripts/backup_db.sh
#
# Environment (the same names the backend reads):
#   DB_HOST (localhost), DB_PORT (5432), DB_NAME (flurai), DB_USER (flurai), DB_PASSWORD (optional; passed as PGPASSWORD)
#   BACKUP_DIR             where dumps go (./backups)
#   BACKUP_RETENTION_DAYS  dumps older than this many days are deleted after a successful backup (7)
#   PG_BIN                 directory holding pg_dump / pg_restore (default: from PATH). Use client tools of the same or
#                          a newer major version than the server.
#
# What it does:
#   1. pg_dump -Fc into a hidden temporary file in BACKUP_DIR;
#   2. verifies it with `pg_restore --list` (a truncated or corrupt dump fails here);
#   3. renames it to BACKUP_DIR/flurai_YYYYmmdd_HHMMSS.dump (atomic within one file system), so a file with that name
#      is always complete;
#   4. deletes flurai_*.dump files older than BACKUP_RETENTION_DAYS.
# Prints the path of the new dump on stdout; progress goes to stderr. Exits non-zero on any failure and leaves no
# temporary file behind.
#
# Cron example (every night at 02:00, 14 days kept, log appended):
#   0 2 * * * cd /opt/flurai && set -a && . ./.env && set +a && BACKUP_DIR=/var/backups/flurai BACKUP_RETENTION_DAYS=14 scripts/backup_db.sh >>/var/log/flurai-backup.log 2>&1
#
# Restore with scripts/restore_db.sh; see BACKUP.md.
set -euo pipefail

log() { printf '%s backup_db: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

DB_HOST="${DB_HOST:-localhost}"
DB_PORT="${DB_PORT:-5432}"
DB_NAME="${DB_NAME:-flurai}"
DB_USER="${DB_USER:-flurai}"
BACKUP_DIR="${BACKUP_DIR:-./backups}"
BACKUP_RETENTION_DAYS="${BACKUP_RETENTION_DAYS:-7}"

if [[ -n "${PG_BIN:-}" ]]; then
  PG_DUMP="${PG_BIN%/}/pg_dump"
  PG_RESTORE="${PG_BIN%/}/pg_restore"
else
  PG_DUMP="$(command -v pg_dump || true)"
  PG_RESTORE="$(command -v pg_restore || true)"
fi
[[ -n "$PG_DUMP" && -x "$PG_DUMP" ]] || die "pg_dump not found (set PG_BIN or install the PostgreSQL client tools)"
[[ -n "$PG_RESTORE" && -x "$PG_RESTORE" ]] || die "pg_restore not found (set PG_BIN or install the PostgreSQL client tools)"
[[ "$BACKUP_RETENTION_DAYS" =~ ^[0-9]+$ && "$BACKUP_RETENTION_DAYS" -ge 1 ]] \
  || die "BACKUP_RETENTION_DAYS must be a whole number of days >= 1 (got '$BACKUP_RETENTION_DAYS')"

if [[ -n "${DB_PASSWORD:-}" ]]; then
  export PGPASSWORD="$DB_PASSWORD"
fi
# Dumps contain every customer's data: readable by the owner only.
umask 077
mkdir -p "$BACKUP_DIR" || die "cannot create BACKUP_DIR $BACKUP_DIR"

stamp="$(date +%Y%m%d_%H%M%S)"
final="$BACKUP_DIR/flurai_${stamp}.dump"
[[ -e "$final" ]] && die "$final already exists (two backups within one second?)"
tmp="$BACKUP_DIR/.flurai_${stamp}.dump.partial.$$"
cleanup() { rm -f "$tmp"; }
trap cleanup EXIT

log "dumping database '$DB_NAME' on $DB_HOST:$DB_PORT as $DB_USER"
"$PG_DUMP" --format=custom --no-password --host="$DB_HOST" --port="$DB_PORT" --username="$DB_USER" \
  --dbname="$DB_NAME" --file="$tmp" || die "pg_dump failed"
[[ -s "$tmp" ]] || die "pg_dump produced an empty file"

log "verifying the dump with pg_restore --list"
entries="$("$PG_RESTORE" --list "$tmp")" || die "pg_restore --list cannot read the dump: not keeping it"
[[ -n "$entries" ]] || die "pg_restore --list printed nothing: not keeping the dump"

mv -f "$tmp" "$final" || die "cannot rename $tmp to $final"
trap - EXIT
log "wrote $final ($(wc -c <"$final" | tr -d ' ') bytes, $(grep -cv '^;' <<<"$entries") TOC entries)"

# Retention: only our own complete dumps, only in BACKUP_DIR itself, strictly older than N days.
minutes=$((BACKUP_RETENTION_DAYS * 24 * 60))
mapfile -d '' -t expired < <(find "$BACKUP_DIR" -maxdepth 1 -type f -name 'flurai_*.dump' -mmin "+$minutes" -print0)
wait "$!" || die "retention: cannot list $BACKUP_DIR"
for old in "${expired[@]}"; do
  rm -f -- "$old" || die "retention: cannot delete $old"
  log "retention: deleted $old (older than $BACKUP_RETENTION_DAYS days)"
done
log "retention: ${#expired[@]} old dump(s) deleted, keeping $BACKUP_RETENTION_DAYS days"

printf '%s\n' "$final"
