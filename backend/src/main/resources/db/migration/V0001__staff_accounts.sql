-- Staff accounts of the local sign-in. Accounts are disabled, never deleted, so that what they did
-- stays attributable: the application role may not delete them.

GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${app_role};

CREATE TABLE app_user (
    id                    uuid         PRIMARY KEY,
    username              varchar(64)  NOT NULL,
    display_name          varchar(128) NOT NULL,
    password_hash         varchar(255),
    enabled               boolean      NOT NULL,
    must_change_password  boolean      NOT NULL,
    failed_login_attempts integer      NOT NULL DEFAULT 0,
    locked_until          timestamptz,
    preferred_language    varchar(16),
    created_at            timestamptz  NOT NULL,
    updated_at            timestamptz  NOT NULL,
    version               bigint       NOT NULL,
    CONSTRAINT app_user_username_key UNIQUE (username),
    CONSTRAINT app_user_username_is_lower_case CHECK (username = lower(username)),
    CONSTRAINT app_user_failed_attempts_not_negative CHECK (failed_login_attempts >= 0)
);

CREATE TABLE app_user_role (
    user_id uuid        NOT NULL REFERENCES app_user (id),
    role    varchar(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT app_user_role_known CHECK (role IN ('CASEWORKER', 'SUPERVISOR', 'AUDITOR', 'ADMIN'))
);

GRANT SELECT, INSERT, UPDATE ON app_user TO ${app_role};
GRANT SELECT, INSERT, DELETE ON app_user_role TO ${app_role};
