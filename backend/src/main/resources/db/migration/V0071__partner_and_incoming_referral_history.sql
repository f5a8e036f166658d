-- Envers keeps the history of the partner directory and of referrals received, like the rest of the case
-- (decision 0036): every change of an entry is a revision in case_revision, with who made it and when. The
-- package of a referral received stays ciphertext under its own data key in the history too, so that
-- shredding the key erases it there as well.

CREATE TABLE partner_aud (
    id                          uuid     NOT NULL,
    rev                         integer  NOT NULL REFERENCES case_revision (id),
    revtype                     smallint,
    name                        varchar(200),
    org_type                    varchar(48),
    country                     varchar(2),
    area                        varchar(200),
    languages                   text,
    services                    text,
    eligible_genders            text,
    eligible_age_bands          text,
    eligible_nationalities      text,
    eligible_exploitation_forms text,
    contact_channel             varchar(500),
    agreement_signed_on         date,
    agreement_expires_on        date,
    agreement_document          varchar(200),
    public_keys                 text,
    created_at                  timestamptz,
    PRIMARY KEY (id, rev)
);

CREATE TABLE incoming_referral_aud (
    id                     uuid     NOT NULL,
    rev                    integer  NOT NULL REFERENCES case_revision (id),
    revtype                smallint,
    source                 varchar(16),
    partner_id             uuid,
    referring_organisation varchar(200),
    sender_referral_id     uuid,
    referred_on            date,
    reason                 varchar(48),
    service_type           varchar(64),
    urgency                varchar(16),
    respond_by             date,
    package                bytea,
    package_fields         text,
    status                 varchar(16),
    draft_id               uuid,
    received_by            uuid,
    received_at            timestamptz,
    PRIMARY KEY (id, rev)
);

GRANT SELECT, INSERT ON partner_aud TO ${app_role};
GRANT SELECT, INSERT ON incoming_referral_aud TO ${app_role};
