-- A sign-in through Keycloak no longer takes over a local account by its username (decision 0015).
-- A person of the identity provider whose username matches an account not yet tied to the identity
-- provider is refused and leaves a request here; an administrator approves it (the account is then
-- tied to the person's subject) or rejects it. Two people asking for the same account both show.

CREATE TABLE identity_link_request (
    account_id   uuid         NOT NULL REFERENCES app_user (id),
    subject      varchar(255) NOT NULL,
    display_name varchar(128) NOT NULL,
    requested_at timestamptz  NOT NULL,
    PRIMARY KEY (account_id, subject),
    CONSTRAINT identity_link_request_subject_not_blank CHECK (length(trim(subject)) > 0)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON identity_link_request TO ${app_role};
