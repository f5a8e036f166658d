#!/bin/bash
# Runs once, when the PostgreSQL volume is created: Haven's database with its owner, application and
# sealer roles (deploy/postgres/create-roles.sql), and Keycloak's own database and role.
set -euo pipefail
psql -v ON_ERROR_STOP=1 -U postgres -d postgres \
	-v owner_password="$HAVEN_DB_OWNER_PASSWORD" -v app_password="$HAVEN_DB_PASSWORD" \
	-v sealer_password="$HAVEN_DB_SEALER_PASSWORD" \
	-f /haven/create-roles.sql
psql -v ON_ERROR_STOP=1 -U postgres -d postgres -v keycloak_password="$KEYCLOAK_DB_PASSWORD" <<'SQL'
CREATE ROLE keycloak LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD :'keycloak_password';
CREATE DATABASE keycloak OWNER keycloak ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE keycloak FROM PUBLIC;
SQL
