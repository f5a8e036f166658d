-- How far the demonstration run's seeding of invented cases got (docs/decisions/0043): one row per seeding,
-- by name, so that a restart neither seeds twice nor leaves an interrupted seeding half done. Holds counts
-- only; production never writes to it.

CREATE TABLE demo_seeding (
    name        varchar(80) PRIMARY KEY,
    planned     integer     NOT NULL CHECK (planned >= 0),
    seeded      integer     NOT NULL DEFAULT 0 CHECK (seeded >= 0),
    started_at  timestamptz NOT NULL,
    finished_at timestamptz
);

GRANT SELECT, INSERT, UPDATE ON demo_seeding TO ${app_role};
