-- The HTCDS incoming-referral fields on the case that a referral started (decision 0036): the referring
-- organisation's type (org_Type code, when known), the day of the referral (cas_IncomingReferralDate) and its
-- reason (cas_ReasonForIncomingReferral code). Coded, never a name; carried from the intake draft that the
-- incoming referral started to the case the intake makes, and kept in the case's history.

ALTER TABLE intake_draft
    ADD COLUMN referred_by_type varchar(48),
    ADD COLUMN referred_on      date,
    ADD COLUMN referral_reason  varchar(48),
    ADD CONSTRAINT intake_draft_referral_whole CHECK ((referred_on IS NULL) = (referral_reason IS NULL)
        AND (referred_by_type IS NULL OR referred_on IS NOT NULL));

ALTER TABLE case_file
    ADD COLUMN referred_by_type varchar(48),
    ADD COLUMN referred_on      date,
    ADD COLUMN referral_reason  varchar(48),
    ADD CONSTRAINT case_file_referral_whole CHECK ((referred_on IS NULL) = (referral_reason IS NULL)
        AND (referred_by_type IS NULL OR referred_on IS NOT NULL));

ALTER TABLE case_file_aud
    ADD COLUMN referred_by_type varchar(48),
    ADD COLUMN referred_on      date,
    ADD COLUMN referral_reason  varchar(48);
