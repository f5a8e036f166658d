-- The consent ledger: one row per version of the consent for a purpose of a case (and, for sharing with a
-- partner, one organisation: the scope, empty otherwise). Rows are written once and never changed: the
-- application may only read and insert, so a change or a withdrawal is a new version beside the old. The
-- seal (HMAC under the authorisation key, see AuthorizationSeal) covers what decides whether the data may be
-- used; the withdrawal reason is ciphertext under the case's data key. V0048 (Java) carries the intake's
-- consent of every earlier case into the ledger.

CREATE TABLE consent_record (
    id                uuid         PRIMARY KEY,
    case_id           uuid         NOT NULL REFERENCES case_file (id),
    person_code       varchar(16)  NOT NULL,
    purpose           varchar(40)  NOT NULL,
    scope             varchar(200) NOT NULL DEFAULT '',
    version           integer      NOT NULL,
    legal_basis       varchar(40)  NOT NULL,
    given_by          varchar(40),
    child_assent      varchar(40),
    method            varchar(20),
    notice_version    varchar(40),
    notice_language   varchar(16),
    interpreter_used  boolean      NOT NULL DEFAULT false,
    informed_of       varchar(200) NOT NULL DEFAULT '',
    given_on          date         NOT NULL,
    expires_on        date,
    withdrawn_on      date,
    withdrawal_reason bytea,
    source            varchar(20)  NOT NULL,
    recorded_by       uuid         NOT NULL REFERENCES app_user (id),
    recorded_at       timestamptz  NOT NULL,
    seal              bytea        NOT NULL,
    CONSTRAINT consent_record_one_row_per_version UNIQUE (case_id, purpose, scope, version),
    CONSTRAINT consent_record_version_positive CHECK (version > 0),
    CONSTRAINT consent_record_scope_only_for_sharing CHECK ((purpose = 'SHARE_WITH_PARTNER') = (scope <> '')),
    CONSTRAINT consent_record_expires_after_given CHECK (expires_on IS NULL OR expires_on > given_on),
    CONSTRAINT consent_record_withdrawn_after_given CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on),
    CONSTRAINT consent_record_consent_says_who_and_how CHECK (legal_basis <> 'CONSENT'
        OR (given_by IS NOT NULL AND child_assent IS NOT NULL AND method IS NOT NULL))
);

CREATE INDEX consent_record_by_person ON consent_record (person_code, purpose);

GRANT SELECT, INSERT ON consent_record TO ${app_role};
