-- Keys and indexes of the crypto module. The key material itself never enters the database: data
-- keys are stored wrapped by the master key, which lives in a file under the Haven home.

CREATE TABLE data_key (
    owner_id      uuid        PRIMARY KEY,
    wrapped_key   bytea       NOT NULL,
    master_key_id integer     NOT NULL,
    created_at    timestamptz NOT NULL,
    wrapped_at    timestamptz NOT NULL
);
CREATE INDEX data_key_by_master_key ON data_key (master_key_id);

-- Truncated keyed digests of normalised identity values: many values share each digest.
CREATE TABLE blind_index (
    owner_id uuid        NOT NULL,
    kind     varchar(16) NOT NULL,
    key_id   integer     NOT NULL,
    digest   bytea       NOT NULL,
    CONSTRAINT blind_index_kind_known CHECK (kind IN ('NAME', 'BIRTH_DATE', 'PHONE', 'DOCUMENT'))
);
CREATE INDEX blind_index_lookup ON blind_index (kind, key_id, digest);
CREATE INDEX blind_index_by_owner ON blind_index (owner_id, key_id);

CREATE TABLE key_rotation (
    id            uuid        PRIMARY KEY,
    keyset        varchar(16) NOT NULL,
    target_key_id integer     NOT NULL,
    state         varchar(16) NOT NULL,
    total         bigint      NOT NULL,
    done          bigint      NOT NULL,
    started_at    timestamptz NOT NULL,
    finished_at   timestamptz,
    started_by    varchar(64) NOT NULL,
    CONSTRAINT key_rotation_keyset_known CHECK (keyset IN ('MASTER', 'BLIND_INDEX')),
    CONSTRAINT key_rotation_state_known CHECK (state IN ('RUNNING', 'FINISHED'))
);

GRANT SELECT, INSERT, UPDATE, DELETE ON data_key TO ${app_role};
GRANT SELECT, INSERT, DELETE ON blind_index TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON key_rotation TO ${app_role};
