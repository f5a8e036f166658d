-- Outgoing referrals (issue 16): from a service line of the care plan to a partner of the directory, with the
-- reason, the urgency, which parts of the case travel (codes of fields, never their values), where the
-- referral stands and by when the partner should answer. On sending, the package is frozen as ciphertext
-- under the case's data key, and its SHA-256 hash kept (and written to the audit trail). A supervisor's
-- override of missing consent is kept with who gave it, why (a code) and when. Envers keeps every change.

CREATE TABLE referral (
    id                      uuid        PRIMARY KEY,
    case_id                 uuid        NOT NULL REFERENCES case_file (id),
    case_code               varchar(16) NOT NULL,
    service_id              uuid        NOT NULL REFERENCES care_service (id),
    service_type            varchar(64) NOT NULL,
    partner_id              uuid        NOT NULL REFERENCES partner (id),
    reason                  varchar(48) NOT NULL,
    urgency                 varchar(16) NOT NULL,
    package_choice          text        NOT NULL,
    status                  varchar(24) NOT NULL,
    status_reason           varchar(32),
    status_on               date,
    sent_on                 date,
    respond_by              date,
    package                 bytea,
    package_hash            varchar(64),
    override_by             uuid        REFERENCES app_user (id),
    override_reason         varchar(32),
    override_at             timestamptz,
    created_by              uuid        NOT NULL REFERENCES app_user (id),
    created_at              timestamptz NOT NULL,
    version                 bigint      NOT NULL,
    CONSTRAINT referral_sent_is_frozen CHECK ((sent_on IS NULL) = (package IS NULL)
        AND (package IS NULL) = (package_hash IS NULL) AND (sent_on IS NULL) = (respond_by IS NULL)),
    CONSTRAINT referral_override_whole CHECK ((override_by IS NULL) = (override_reason IS NULL)
        AND (override_by IS NULL) = (override_at IS NULL))
);

CREATE INDEX referral_by_case ON referral (case_id, created_at);
CREATE INDEX referral_awaiting_answer ON referral (respond_by) WHERE status = 'SENT';

CREATE TABLE referral_aud (
    id                      uuid     NOT NULL,
    rev                     integer  NOT NULL REFERENCES case_revision (id),
    revtype                 smallint,
    case_id                 uuid,
    case_code               varchar(16),
    service_id              uuid,
    service_type            varchar(64),
    partner_id              uuid,
    reason                  varchar(48),
    urgency                 varchar(16),
    package_choice          text,
    status                  varchar(24),
    status_reason           varchar(32),
    status_on               date,
    sent_on                 date,
    respond_by              date,
    package                 bytea,
    package_hash            varchar(64),
    override_by             uuid,
    override_reason         varchar(32),
    override_at             timestamptz,
    created_by              uuid,
    created_at              timestamptz,
    PRIMARY KEY (id, rev)
);

GRANT SELECT, INSERT, UPDATE ON referral TO ${app_role};
GRANT SELECT, INSERT ON referral_aud TO ${app_role};
