#!/usr/bin/env bash
# Restores a base backup from backup.sh into an empty data directory and replays the archived WAL up to
# the end, or up to HAVEN_RESTORE_TARGET_TIME (for example '2026-05-01 09:30:00+00') to undo a mistake.
# Run as the postgres user with PostgreSQL stopped; README.md in this folder walks through it.
#
#   deploy/postgres/restore.sh /var/backups/haven/base/20260501T020000Z /var/lib/postgresql/17/main
set -euo pipefail
backup="${1:?usage: restore.sh BASE_BACKUP_DIRECTORY EMPTY_DATA_DIRECTORY}"
data="${2:?usage: restore.sh BASE_BACKUP_DIRECTORY EMPTY_DATA_DIRECTORY}"
wal_archive="${HAVEN_BACKUP_DIR:-/var/backups/haven}/wal"

if [ -n "$(ls -A "$data" 2>/dev/null)" ]; then
	echo "$data is not empty: move the old data directory aside first (never delete it before the restore works)" >&2
	exit 1
fi
umask 077
mkdir -p "$data"
tar -xzf "$backup/base.tar.gz" -C "$data"
mkdir -p "$data/pg_wal"
tar -xzf "$backup/pg_wal.tar.gz" -C "$data/pg_wal"
for tablespace in "$backup"/[0-9]*.tar.gz; do
	[ -e "$tablespace" ] || continue
	echo "tablespace archive $tablespace: extract it to its original location before starting" >&2
done

{
	echo "restore_command = 'cp $wal_archive/%f %p'"
	if [ -n "${HAVEN_RESTORE_TARGET_TIME:-}" ]; then
		echo "recovery_target_time = '$HAVEN_RESTORE_TARGET_TIME'"
		echo "recovery_target_action = 'pause'"
	fi
} >>"$data/postgresql.auto.conf"
touch "$data/recovery.signal"
echo "Ready: start PostgreSQL, watch its log until recovery ends, then check Haven as README.md says."
