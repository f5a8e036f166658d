-- Erasure needs four eyes: a caseworker assigned to the case asks for it with a coded reason, a
-- supervisor other than the asker approves (and Haven then destroys the person's keys) or refuses.
-- One request waits per person at most. The decision is written once, by someone else than the
-- asker, and never changed: the application may fill the three decision columns and nothing else.

CREATE TABLE erasure_request (
    id           uuid        PRIMARY KEY,
    case_id      uuid        NOT NULL REFERENCES case_file (id),
    person_code  varchar(16) NOT NULL REFERENCES person (code),
    reason       varchar(32) NOT NULL,
    requested_by uuid        NOT NULL,
    requested_at timestamptz NOT NULL,
    decision     varchar(16),
    decided_by   uuid,
    decided_at   timestamptz,
    CONSTRAINT erasure_request_decision_known CHECK (decision IN ('APPROVED', 'REFUSED')),
    CONSTRAINT erasure_request_decision_whole CHECK ((decision IS NULL) = (decided_by IS NULL)
        AND (decision IS NULL) = (decided_at IS NULL)),
    CONSTRAINT erasure_request_decided_by_another CHECK (decided_by IS NULL OR decided_by <> requested_by)
);
CREATE UNIQUE INDEX erasure_request_one_waiting_per_person ON erasure_request (person_code) WHERE decision IS NULL;
CREATE INDEX erasure_request_waiting ON erasure_request (requested_at) WHERE decision IS NULL;

CREATE FUNCTION erasure_request_decided_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.decision IS NOT NULL THEN
        RAISE EXCEPTION 'An erasure request is decided once: % refused', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER erasure_request_decided_once BEFORE UPDATE ON erasure_request
    FOR EACH ROW EXECUTE FUNCTION erasure_request_decided_once();

GRANT SELECT, INSERT ON erasure_request TO ${app_role};
GRANT UPDATE (decision, decided_by, decided_at) ON erasure_request TO ${app_role};
