#!/usr/bin/env bash
# Takes a base backup of the whole PostgreSQL server with pg_basebackup (compressed tar, with the WAL
# it needs), keeps the newest HAVEN_BACKUP_KEEP (default 7), and deletes archived WAL older than the
# oldest kept backup. Run daily as the postgres user from cron or a systemd timer.
#
#   PGHOST=db.internal.example.org PGUSER=haven_backup PGPASSFILE=~/.pgpass deploy/postgres/backup.sh
#
# HAVEN_BACKUP_DIR (default /var/backups/haven) holds base/ and the wal/ archive of archiving.conf.
# The backups hold every case in clear: encrypt them before they leave the machine.
set -euo pipefail
BACKUP_DIR="${HAVEN_BACKUP_DIR:-/var/backups/haven}"
KEEP="${HAVEN_BACKUP_KEEP:-7}"
umask 077
mkdir -p "$BACKUP_DIR/base" "$BACKUP_DIR/wal"

target="$BACKUP_DIR/base/$(date -u +%Y%m%dT%H%M%SZ)"
pg_basebackup --pgdata="$target" --format=tar --gzip --wal-method=stream --checkpoint=fast \
	--label="haven $(date -u +%FT%TZ)" --no-password --progress --verbose
# pg_verifybackup reads tar backups from PostgreSQL 18 on, without their WAL; before 18 it checks a
# copy unpacked next to the backups, WAL included
if [ "$(pg_verifybackup --version | sed 's/[^0-9]*\([0-9]*\).*/\1/')" -ge 18 ]; then
	pg_verifybackup --no-parse-wal "$target"
else
	unpacked="$(mktemp -d "$BACKUP_DIR/verify.XXXXXX")"
	trap 'rm -rf "$unpacked"' EXIT
	tar -xzf "$target/base.tar.gz" -C "$unpacked"
	mkdir -p "$unpacked/pg_wal"
	tar -xzf "$target/pg_wal.tar.gz" -C "$unpacked/pg_wal"
	pg_verifybackup --manifest-path="$target/backup_manifest" "$unpacked"
	rm -rf "$unpacked"
fi
echo "base backup written to $target"

# Keep the newest $KEEP base backups
mapfile -t backups < <(ls -1d "$BACKUP_DIR"/base/*/ 2>/dev/null | sort)
if [ "${#backups[@]}" -gt "$KEEP" ]; then
	for old in "${backups[@]:0:${#backups[@]}-KEEP}"; do
		rm -rf "$old"
		echo "removed old base backup $old"
	done
fi

# WAL older than the oldest kept base backup is no longer needed
oldest="$(ls -1d "$BACKUP_DIR"/base/*/ | sort | head -1)"
if [ -n "$oldest" ] && [ -f "$oldest/backup_manifest" ]; then
	first_wal="$(tar -xzOf "$oldest/base.tar.gz" backup_label 2>/dev/null | sed -n 's/^START WAL LOCATION: .* (file \(.*\))$/\1/p')"
	if [ -n "$first_wal" ]; then
		pg_archivecleanup "$BACKUP_DIR/wal" "$first_wal"
	fi
fi
