-- Referrals between installations of Haven, and referrals received by phone or on paper (issue 16).
-- incoming_referral: a referral this installation received, from a partner's signed and encrypted file or
-- recorded by hand; its package is ciphertext under a data key of its own (the row's id), so that it can be
-- shredded, and it becomes an intake when accepted. exchange_message: every file imported, by its message
-- id, so that a file imported twice is refused.

CREATE TABLE incoming_referral (
    id                     uuid         PRIMARY KEY,
    source                 varchar(16)  NOT NULL,
    partner_id             uuid         REFERENCES partner (id),
    referring_organisation varchar(200) NOT NULL,
    sender_referral_id     uuid,
    referred_on            date         NOT NULL,
    reason                 varchar(48)  NOT NULL,
    service_type           varchar(64),
    urgency                varchar(16),
    respond_by             date,
    package                bytea,
    package_fields         text         NOT NULL,
    status                 varchar(16)  NOT NULL,
    draft_id               uuid,
    received_by            uuid         NOT NULL REFERENCES app_user (id),
    received_at            timestamptz  NOT NULL,
    version                bigint       NOT NULL,
    CONSTRAINT incoming_referral_file_has_partner CHECK (source <> 'HAVEN_FILE'
        OR (partner_id IS NOT NULL AND package IS NOT NULL AND sender_referral_id IS NOT NULL))
);

CREATE INDEX incoming_referral_by_receiver ON incoming_referral (received_by, received_at);

CREATE TABLE exchange_message (
    message_id        uuid        PRIMARY KEY,
    kind              varchar(16) NOT NULL,
    from_installation varchar(32) NOT NULL,
    received_at       timestamptz NOT NULL
);

GRANT SELECT, INSERT, UPDATE ON incoming_referral TO ${app_role};
GRANT SELECT, INSERT ON exchange_message TO ${app_role};
