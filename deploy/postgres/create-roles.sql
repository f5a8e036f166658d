-- Creates Haven's database and its three roles on a PostgreSQL server you run (version 15 or newer).
-- Run it once as a superuser, with the three passwords as psql variables:
--
--   psql -v owner_password='...' -v app_password='...' -v sealer_password='...' -f create-roles.sql
--
-- haven_owner owns the schema and is what Flyway migrates with (HAVEN_DB_OWNER_USER).
-- haven_app is what the running application connects as (HAVEN_DB_USER); the migrations grant it
-- only the rights it needs, table by table.
-- haven_sealer is what the audit sealer connects as (HAVEN_DB_SEALER_USER): the only role that writes
-- the audit trail's hash chain, checkpoints and retention records, and runs retention.

CREATE ROLE haven_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD :'owner_password';
CREATE ROLE haven_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD :'app_password';
CREATE ROLE haven_sealer LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD :'sealer_password';
CREATE DATABASE haven OWNER haven_owner ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE haven FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE haven TO haven_app;
GRANT CONNECT ON DATABASE haven TO haven_sealer;
