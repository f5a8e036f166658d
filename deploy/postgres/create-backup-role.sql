-- The role that takes base backups (deploy/postgres/backup.sh): replication only, no access to tables.
-- Run once as a superuser:  psql -v backup_password='...' -f create-backup-role.sql
-- and allow it in pg_hba.conf for replication connections from the backup host only, for example:
--   hostssl  replication  haven_backup  10.0.0.5/32  scram-sha-256

CREATE ROLE haven_backup LOGIN REPLICATION NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'backup_password';
