-- The directory of partner organisations (issue 16): what each offers and to whom, how to reach it, the
-- data-sharing agreement under which identity may travel to it, and, for a partner that runs Haven, its
-- public keys file. Coded lists are comma-separated codes. It names organisations, never a person; a
-- partner is never deleted, since referrals point at it.

CREATE TABLE partner (
    id                          uuid         PRIMARY KEY,
    name                        varchar(200) NOT NULL,
    org_type                    varchar(48)  NOT NULL,
    country                     varchar(2)   NOT NULL,
    area                        varchar(200) NOT NULL,
    languages                   text         NOT NULL,
    services                    text         NOT NULL,
    eligible_genders            text         NOT NULL,
    eligible_age_bands          text         NOT NULL,
    eligible_nationalities      text         NOT NULL,
    eligible_exploitation_forms text         NOT NULL,
    contact_channel             varchar(500) NOT NULL,
    agreement_signed_on         date,
    agreement_expires_on        date,
    agreement_document          varchar(200),
    public_keys                 text,
    created_at                  timestamptz  NOT NULL,
    version                     bigint       NOT NULL,
    CONSTRAINT partner_agreement_whole CHECK ((agreement_signed_on IS NULL) = (agreement_expires_on IS NULL)
        AND (agreement_signed_on IS NULL) = (agreement_document IS NULL)),
    CONSTRAINT partner_agreement_in_order CHECK (agreement_expires_on IS NULL
        OR agreement_expires_on >= agreement_signed_on)
);

GRANT SELECT, INSERT, UPDATE ON partner TO ${app_role};
