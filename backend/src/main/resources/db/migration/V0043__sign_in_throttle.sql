-- Failed sign-ins no longer lock an account (decision 0015): anyone could lock out the staff.
-- They slow down further attempts instead, counted per client address, per account and client
-- address, and per account from unfamiliar addresses. A count is one row; rows no longer needed are
-- removed by the application. The lock columns go.

CREATE TABLE sign_in_throttle (
    throttle_key    varchar(200) PRIMARY KEY,
    account_id      uuid         REFERENCES app_user (id),
    failures        integer      NOT NULL,
    last_failure_at timestamptz,
    last_success_at timestamptz,
    CONSTRAINT sign_in_throttle_failures_not_negative CHECK (failures >= 0)
);

CREATE INDEX sign_in_throttle_account ON sign_in_throttle (account_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON sign_in_throttle TO ${app_role};

ALTER TABLE app_user DROP COLUMN failed_login_attempts;
ALTER TABLE app_user DROP COLUMN locked_until;
