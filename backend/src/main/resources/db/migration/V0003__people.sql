-- The people Haven's users support. Identity columns hold ciphertexts only (AES-256-GCM under the
-- person's data key, bound to person and field); the profile columns hold codes, for statistics.

CREATE TABLE person (
    id                    uuid        PRIMARY KEY,
    code                  varchar(16) NOT NULL,
    given_names           bytea,
    family_names          bytea,
    aliases               bytea,
    date_of_birth         bytea,
    phone_numbers         bytea,
    email                 bytea,
    addresses             bytea,
    document_type         bytea,
    document_number       bytea,
    identifying_remarks   bytea,
    gender                varchar(32),
    birth_year            integer,
    age_band              varchar(16),
    nationality           varchar(16),
    languages             varchar(8)[],
    disability            varchar(32),
    migration_status      varchar(32),
    vulnerability_factors varchar(64)[],
    erased_at             timestamptz,
    erasure_reason        varchar(32),
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    version               bigint      NOT NULL,
    CONSTRAINT person_code_key UNIQUE (code),
    CONSTRAINT person_erasure_has_reason CHECK ((erased_at IS NULL) = (erasure_reason IS NULL)),
    CONSTRAINT person_erased_has_no_identity CHECK (erased_at IS NULL OR (given_names IS NULL
        AND family_names IS NULL AND aliases IS NULL AND date_of_birth IS NULL AND phone_numbers IS NULL
        AND email IS NULL AND addresses IS NULL AND document_type IS NULL AND document_number IS NULL
        AND identifying_remarks IS NULL))
);
CREATE INDEX person_by_gender ON person (gender);
CREATE INDEX person_by_age_band ON person (age_band);

-- Persons are erased, never deleted: their profile still counts in statistics.
GRANT SELECT, INSERT, UPDATE ON person TO ${app_role};
