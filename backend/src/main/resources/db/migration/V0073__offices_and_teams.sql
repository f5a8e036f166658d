-- Offices and teams (issue 17): an office has teams, caseworkers are members of teams, supervisors
-- supervise teams, and every case belongs to one team. Existing cases move to a "Main team" of a "Main
-- office"; the staff who hold the caseworker or supervisor role become its members and supervisors.
-- Names are the organisation's own, never a person's. Nothing here is deleted: a team that is no longer
-- used keeps the cases it had, and memberships end by removal, kept in the change history.

CREATE TABLE office (
    id         uuid         PRIMARY KEY,
    name       varchar(120) NOT NULL,
    created_at timestamptz  NOT NULL,
    version    bigint       NOT NULL,
    CONSTRAINT office_name_unique UNIQUE (name)
);

CREATE TABLE team (
    id         uuid         PRIMARY KEY,
    office_id  uuid         NOT NULL REFERENCES office (id),
    name       varchar(120) NOT NULL,
    created_at timestamptz  NOT NULL,
    version    bigint       NOT NULL,
    CONSTRAINT team_name_unique_in_office UNIQUE (office_id, name)
);

CREATE TABLE team_member (
    team_id    uuid NOT NULL REFERENCES team (id),
    account_id uuid NOT NULL REFERENCES app_user (id),
    PRIMARY KEY (team_id, account_id)
);
CREATE INDEX team_member_by_account ON team_member (account_id);

CREATE TABLE team_supervisor (
    team_id    uuid NOT NULL REFERENCES team (id),
    account_id uuid NOT NULL REFERENCES app_user (id),
    PRIMARY KEY (team_id, account_id)
);
CREATE INDEX team_supervisor_by_account ON team_supervisor (account_id);

-- A supervisor acting for a colleague on leave holds the colleague's teams from starts_at until ends_at,
-- at most 90 days; ended_at, when set, ends it earlier.
CREATE TABLE acting_supervision (
    id             uuid        PRIMARY KEY,
    acting_account uuid        NOT NULL REFERENCES app_user (id),
    for_account    uuid        NOT NULL REFERENCES app_user (id),
    starts_at      timestamptz NOT NULL,
    ends_at        timestamptz NOT NULL,
    granted_by     uuid        NOT NULL REFERENCES app_user (id),
    granted_at     timestamptz NOT NULL,
    ended_at       timestamptz,
    version        bigint      NOT NULL,
    CONSTRAINT acting_supervision_not_oneself CHECK (acting_account <> for_account),
    CONSTRAINT acting_supervision_in_order CHECK (ends_at > starts_at),
    CONSTRAINT acting_supervision_at_most_90_days CHECK (ends_at <= starts_at + interval '90 days')
);
CREATE INDEX acting_supervision_by_acting ON acting_supervision (acting_account, ends_at);

-- What a supervisor's reports count, apart from the cases they see: an office or the whole organisation.
-- Without a row, their reports count their supervised teams.
CREATE TABLE report_scope (
    account_id uuid        PRIMARY KEY REFERENCES app_user (id),
    reach      varchar(16) NOT NULL,
    office_id  uuid        REFERENCES office (id),
    granted_by uuid        NOT NULL REFERENCES app_user (id),
    granted_at timestamptz NOT NULL,
    version    bigint      NOT NULL,
    CONSTRAINT report_scope_reach CHECK ((reach = 'OFFICE' AND office_id IS NOT NULL)
        OR (reach = 'ORGANISATION' AND office_id IS NULL))
);

CREATE TABLE office_aud (
    id         uuid    NOT NULL,
    rev        integer NOT NULL REFERENCES case_revision (id),
    revtype    smallint,
    name       varchar(120),
    created_at timestamptz,
    PRIMARY KEY (id, rev)
);

CREATE TABLE team_aud (
    id         uuid    NOT NULL,
    rev        integer NOT NULL REFERENCES case_revision (id),
    revtype    smallint,
    office_id  uuid,
    name       varchar(120),
    created_at timestamptz,
    PRIMARY KEY (id, rev)
);

CREATE TABLE team_member_aud (
    rev        integer  NOT NULL REFERENCES case_revision (id),
    revtype    smallint,
    team_id    uuid     NOT NULL,
    account_id uuid     NOT NULL
);
CREATE INDEX team_member_aud_by_team ON team_member_aud (team_id, rev);

CREATE TABLE team_supervisor_aud (
    rev        integer  NOT NULL REFERENCES case_revision (id),
    revtype    smallint,
    team_id    uuid     NOT NULL,
    account_id uuid     NOT NULL
);
CREATE INDEX team_supervisor_aud_by_team ON team_supervisor_aud (team_id, rev);

CREATE TABLE acting_supervision_aud (
    id             uuid    NOT NULL,
    rev            integer NOT NULL REFERENCES case_revision (id),
    revtype        smallint,
    acting_account uuid,
    for_account    uuid,
    starts_at      timestamptz,
    ends_at        timestamptz,
    granted_by     uuid,
    granted_at     timestamptz,
    ended_at       timestamptz,
    PRIMARY KEY (id, rev)
);

CREATE TABLE report_scope_aud (
    account_id uuid    NOT NULL,
    rev        integer NOT NULL REFERENCES case_revision (id),
    revtype    smallint,
    reach      varchar(16),
    office_id  uuid,
    granted_by uuid,
    granted_at timestamptz,
    PRIMARY KEY (account_id, rev)
);

INSERT INTO office (id, name, created_at, version)
VALUES ('00000000-0000-0000-0000-0000000000f1', 'Main office', now(), 0);
INSERT INTO team (id, office_id, name, created_at, version)
VALUES ('00000000-0000-0000-0000-0000000000a1', '00000000-0000-0000-0000-0000000000f1', 'Main team', now(), 0);
INSERT INTO team_member (team_id, account_id)
SELECT '00000000-0000-0000-0000-0000000000a1', user_id FROM app_user_role WHERE role = 'CASEWORKER';
INSERT INTO team_supervisor (team_id, account_id)
SELECT '00000000-0000-0000-0000-0000000000a1', user_id FROM app_user_role WHERE role = 'SUPERVISOR';

ALTER TABLE case_file ADD COLUMN team_id uuid REFERENCES team (id);
UPDATE case_file SET team_id = '00000000-0000-0000-0000-0000000000a1';
ALTER TABLE case_file ALTER COLUMN team_id SET NOT NULL;
CREATE INDEX case_file_by_team ON case_file (team_id, updated_at);
ALTER TABLE case_file_aud ADD COLUMN team_id uuid;

GRANT SELECT, INSERT, UPDATE ON office, team, acting_supervision, report_scope TO ${app_role};
GRANT SELECT, INSERT, DELETE ON team_member, team_supervisor TO ${app_role};
GRANT DELETE ON report_scope TO ${app_role};
GRANT SELECT, INSERT ON office_aud, team_aud, team_member_aud, team_supervisor_aud, acting_supervision_aud,
    report_scope_aud TO ${app_role};
