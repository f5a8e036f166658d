-- The duplicate check, limited and followed up. A caseworker learns of matches outside their own
-- cases only that there are some; each such check opens (or counts again on) a follow-up for
-- supervisors, naming the caseworker and the persons matched, by code. When each caseworker ran the
-- check is kept for a day, for the hourly limit.

CREATE TABLE person_duplicate_check (
    account_id uuid        NOT NULL,
    checked_at timestamptz NOT NULL
);
CREATE INDEX person_duplicate_check_by_account ON person_duplicate_check (account_id, checked_at);

CREATE TABLE possible_duplicate (
    id            uuid        PRIMARY KEY,
    caseworker_id uuid        NOT NULL,
    persons       text        NOT NULL,
    first_seen_at timestamptz NOT NULL,
    last_seen_at  timestamptz NOT NULL,
    times         integer     NOT NULL,
    closed_by     uuid,
    closed_at     timestamptz,
    CONSTRAINT possible_duplicate_closed_whole CHECK ((closed_by IS NULL) = (closed_at IS NULL)),
    CONSTRAINT possible_duplicate_closed_by_another CHECK (closed_by IS NULL OR closed_by <> caseworker_id),
    CONSTRAINT possible_duplicate_persons_are_codes CHECK (persons ~ '^P-[0-9A-Z]{4}-[0-9A-Z]{4}( P-[0-9A-Z]{4}-[0-9A-Z]{4})*$')
);
CREATE UNIQUE INDEX possible_duplicate_one_open ON possible_duplicate (caseworker_id, persons) WHERE closed_at IS NULL;

GRANT SELECT, INSERT, DELETE ON person_duplicate_check TO ${app_role};
GRANT SELECT, INSERT ON possible_duplicate TO ${app_role};
GRANT UPDATE (last_seen_at, times, closed_by, closed_at) ON possible_duplicate TO ${app_role};
