-- A POST_CLOSURE administration is recorded at an after-care check of the case, once that check is recorded (and
-- so has answered its task): it names the check. A case closed without after-care has none to name. One
-- administration of an instrument per check; no other kind of administration names one.

ALTER TABLE assessment_administration ADD COLUMN after_care_check_id uuid REFERENCES after_care_check (id);
ALTER TABLE assessment_administration ADD CONSTRAINT assessment_after_care_check_only_after_closure
    CHECK (after_care_check_id IS NULL OR kind = 'POST_CLOSURE');
CREATE UNIQUE INDEX assessment_one_per_after_care_check ON assessment_administration (after_care_check_id,
    instrument_code) WHERE after_care_check_id IS NOT NULL;

ALTER TABLE assessment_administration_aud ADD COLUMN after_care_check_id uuid;
