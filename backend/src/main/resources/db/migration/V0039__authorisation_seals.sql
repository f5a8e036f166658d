-- Seals (MACs) over the rows that grant access to identity, under the authorisation key kept in
-- HAVEN_HOME/keys, never in the database: the case's link to its person, assignments, break-glass
-- grants, an account's sign-in and its role memberships. Assignments and role memberships are bound to
-- a generation that their case or account seal covers, so that a removed row cannot come back with its
-- old seal. The seals of existing rows are computed by the next two migrations (Java, with the keys
-- open), which then make the columns NOT NULL. The change history (case_*_aud) keeps no seals.

ALTER TABLE case_file ADD COLUMN assignment_generation bigint NOT NULL DEFAULT 1;
ALTER TABLE case_file ALTER COLUMN assignment_generation DROP DEFAULT;
ALTER TABLE case_file ADD COLUMN seal bytea;
ALTER TABLE case_caseworker ADD COLUMN seal bytea;
ALTER TABLE break_glass_grant ADD COLUMN seal bytea;

ALTER TABLE app_user ADD COLUMN role_generation bigint NOT NULL DEFAULT 1;
ALTER TABLE app_user ALTER COLUMN role_generation DROP DEFAULT;
ALTER TABLE app_user ADD COLUMN seal bytea;
ALTER TABLE app_user_role ADD COLUMN seal bytea;
