-- A case moves to another team (of the same or another office) when a supervisor of its team asks and a
-- supervisor of the receiving team accepts. One request waits per case at a time.

CREATE TABLE case_transfer (
    id           uuid        PRIMARY KEY,
    case_id      uuid        NOT NULL REFERENCES case_file (id),
    from_team    uuid        NOT NULL REFERENCES team (id),
    to_team      uuid        NOT NULL REFERENCES team (id),
    requested_by uuid        NOT NULL REFERENCES app_user (id),
    requested_at timestamptz NOT NULL,
    decision     varchar(16),
    decided_by   uuid        REFERENCES app_user (id),
    decided_at   timestamptz,
    CONSTRAINT case_transfer_elsewhere CHECK (from_team <> to_team),
    CONSTRAINT case_transfer_decided_whole CHECK ((decision IS NULL) = (decided_at IS NULL)
        AND (decision IS NULL) = (decided_by IS NULL)),
    CONSTRAINT case_transfer_decision CHECK (decision IS NULL OR decision IN ('ACCEPTED', 'REFUSED'))
);
CREATE UNIQUE INDEX case_transfer_one_waiting ON case_transfer (case_id) WHERE decision IS NULL;
CREATE INDEX case_transfer_waiting_for ON case_transfer (to_team) WHERE decision IS NULL;

GRANT SELECT, INSERT, UPDATE ON case_transfer TO ${app_role};
