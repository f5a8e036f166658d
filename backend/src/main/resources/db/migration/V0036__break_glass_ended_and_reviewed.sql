-- Break-glass that supervisors can end early and mark reviewed. A grant is active while
-- expires_at > now and ended_at is null. Who ended or reviewed it, and when, is set once: the
-- application may fill these four columns and nothing else, and never change them afterwards, so
-- that an ended grant cannot be revived by an UPDATE nor a review undone.

ALTER TABLE break_glass_grant
    ADD COLUMN ended_at    timestamptz,
    ADD COLUMN ended_by    uuid,
    ADD COLUMN reviewed_at timestamptz,
    ADD COLUMN reviewed_by uuid,
    ADD CONSTRAINT break_glass_ended_whole CHECK ((ended_at IS NULL) = (ended_by IS NULL)),
    ADD CONSTRAINT break_glass_reviewed_whole CHECK ((reviewed_at IS NULL) = (reviewed_by IS NULL)),
    ADD CONSTRAINT break_glass_ended_by_another CHECK (ended_by IS NULL OR ended_by <> account_id),
    ADD CONSTRAINT break_glass_reviewed_by_another CHECK (reviewed_by IS NULL OR reviewed_by <> account_id);

CREATE FUNCTION break_glass_set_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (OLD.ended_at IS NOT NULL AND NEW.ended_at IS DISTINCT FROM OLD.ended_at)
       OR (OLD.ended_by IS NOT NULL AND NEW.ended_by IS DISTINCT FROM OLD.ended_by)
       OR (OLD.reviewed_at IS NOT NULL AND NEW.reviewed_at IS DISTINCT FROM OLD.reviewed_at)
       OR (OLD.reviewed_by IS NOT NULL AND NEW.reviewed_by IS DISTINCT FROM OLD.reviewed_by) THEN
        RAISE EXCEPTION 'A break-glass grant is ended and reviewed once: % refused', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER break_glass_ended_and_reviewed_once BEFORE UPDATE ON break_glass_grant
    FOR EACH ROW EXECUTE FUNCTION break_glass_set_once();

-- The supervisors' badge counts openings still active or not yet reviewed.
CREATE INDEX break_glass_awaiting_review ON break_glass_grant (granted_at) WHERE reviewed_at IS NULL;

GRANT UPDATE (ended_at, ended_by, reviewed_at, reviewed_by) ON break_glass_grant TO ${app_role};
