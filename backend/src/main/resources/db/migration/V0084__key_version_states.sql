-- What the audit trail last recorded of each key version in the key files. The key files change outside a
-- running Haven too ('java -jar haven.jar keys rotate|retire|destroy'), where nothing can be recorded: a node
-- that starts, or changes the files itself, records every version whose state differs from this table
-- (decision 0050). Key ids and states only, never key material.

CREATE TABLE key_version_state (
    keyset      varchar(40) NOT NULL,
    key_id      bigint      NOT NULL,
    state       varchar(12) NOT NULL CHECK (state IN ('PRIMARY', 'ACTIVE', 'RETIRED', 'DESTROYED')),
    recorded_at timestamptz NOT NULL,
    PRIMARY KEY (keyset, key_id)
);

GRANT SELECT, INSERT, UPDATE ON key_version_state TO ${app_role};
