-- Cases: what happened to a person and what Haven's caseworkers do about it. Known everywhere by a
-- pseudonymous case code. Coded answers are stored in clear (for anonymised reports); free text (notes)
-- is encrypted under the case's own data key, like identity. Every change is kept by Hibernate Envers,
-- ciphertext as stored; erasing the person destroys the case keys, so the history's notes go too.

CREATE TABLE case_file (
    id                     uuid        PRIMARY KEY,
    code                   varchar(16) NOT NULL,
    person_code            varchar(16) NOT NULL REFERENCES person (code),
    status                 varchar(32) NOT NULL,
    consent_to_record      boolean     NOT NULL,
    consent_recorded_at    timestamptz NOT NULL,
    situation              jsonb       NOT NULL,
    needs                  jsonb       NOT NULL,
    non_punishment         jsonb       NOT NULL,
    closure_outcome        varchar(32),
    closure_requested_at   timestamptz,
    closure_requested_by   uuid,
    closure_returned_reason varchar(32),
    closed_at              timestamptz,
    closure_approved_by    uuid,
    reopen_reason          varchar(32),
    next_follow_up_on      date,
    created_by             uuid        NOT NULL,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    version                bigint      NOT NULL,
    CONSTRAINT case_file_code_key UNIQUE (code),
    CONSTRAINT case_file_status_known CHECK (status IN ('INTAKE', 'ASSESSMENT', 'ACTIVE_ASSISTANCE',
        'REINTEGRATION_FOLLOW_UP', 'CLOSED'))
);
CREATE INDEX case_file_by_person ON case_file (person_code);
CREATE INDEX case_file_by_status ON case_file (status, updated_at);
CREATE INDEX case_file_by_follow_up ON case_file (next_follow_up_on);
CREATE INDEX case_file_by_update ON case_file (updated_at DESC, id);

CREATE TABLE case_caseworker (
    case_id    uuid    NOT NULL REFERENCES case_file (id),
    account_id uuid    NOT NULL,
    is_primary boolean NOT NULL,
    PRIMARY KEY (case_id, account_id)
);
CREATE INDEX case_caseworker_by_account ON case_caseworker (account_id);

CREATE TABLE case_note (
    id             uuid        PRIMARY KEY,
    case_id        uuid        NOT NULL REFERENCES case_file (id),
    author_id      uuid        NOT NULL,
    extra_sensitive boolean    NOT NULL,
    body           bytea,
    created_at     timestamptz NOT NULL
);
CREATE INDEX case_note_by_case ON case_note (case_id, created_at);

-- Break-glass: a caseworker opens a case not assigned to them, for an hour, with a reason.
CREATE TABLE break_glass_grant (
    id         uuid         PRIMARY KEY,
    case_id    uuid         NOT NULL REFERENCES case_file (id),
    account_id uuid         NOT NULL,
    reason      varchar(64) NOT NULL,
    explanation bytea,
    granted_at timestamptz  NOT NULL,
    expires_at timestamptz  NOT NULL
);
CREATE INDEX break_glass_by_account ON break_glass_grant (account_id, expires_at);
CREATE INDEX break_glass_by_time ON break_glass_grant (granted_at);

-- An intake not yet finished: saved as the caseworker goes. The identity typed so far is encrypted
-- under a data key of the draft's own, destroyed when the draft becomes a case or is discarded.
CREATE TABLE intake_draft (
    id         uuid        PRIMARY KEY,
    owner_id   uuid        NOT NULL,
    step       varchar(32) NOT NULL,
    identity   bytea,
    answers    jsonb       NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    version    bigint      NOT NULL
);
CREATE INDEX intake_draft_by_owner ON intake_draft (owner_id, updated_at);

-- Change history (Hibernate Envers). Written once, never changed. The coded parts are kept as JSON text.
CREATE SEQUENCE case_revision_seq INCREMENT BY 50;
CREATE TABLE case_revision (
    id         integer     PRIMARY KEY,
    changed_at bigint      NOT NULL,
    changed_by varchar(64)
);
CREATE TABLE case_file_aud (
    id                     uuid     NOT NULL,
    rev                    integer  NOT NULL REFERENCES case_revision (id),
    revtype                smallint,
    code                   varchar(16),
    person_code            varchar(16),
    status                 varchar(32),
    consent_to_record      boolean,
    consent_recorded_at    timestamptz,
    situation              text,
    needs                  text,
    non_punishment         text,
    closure_outcome        varchar(32),
    closure_requested_at   timestamptz,
    closure_requested_by   uuid,
    closure_returned_reason varchar(32),
    closed_at              timestamptz,
    closure_approved_by    uuid,
    reopen_reason          varchar(32),
    next_follow_up_on      date,
    created_by             uuid,
    created_at             timestamptz,
    updated_at             timestamptz,
    PRIMARY KEY (id, rev)
);
CREATE TABLE case_caseworker_aud (
    rev        integer  NOT NULL REFERENCES case_revision (id),
    revtype    smallint,
    case_id    uuid     NOT NULL,
    account_id uuid     NOT NULL,
    is_primary boolean  NOT NULL,
    setordinal integer
);
CREATE INDEX case_caseworker_aud_by_case ON case_caseworker_aud (case_id, rev);
CREATE TABLE case_note_aud (
    id              uuid     NOT NULL,
    rev             integer  NOT NULL REFERENCES case_revision (id),
    revtype         smallint,
    case_id         uuid,
    author_id       uuid,
    extra_sensitive boolean,
    body            bytea,
    created_at      timestamptz,
    PRIMARY KEY (id, rev)
);

GRANT SELECT, INSERT, UPDATE ON case_file TO ${app_role};
GRANT SELECT, INSERT, DELETE ON case_caseworker TO ${app_role};
GRANT SELECT, INSERT ON case_note TO ${app_role};
GRANT SELECT, INSERT ON break_glass_grant TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON intake_draft TO ${app_role};
GRANT USAGE ON SEQUENCE case_revision_seq TO ${app_role};
GRANT SELECT, INSERT ON case_revision, case_file_aud, case_caseworker_aud, case_note_aud TO ${app_role};
