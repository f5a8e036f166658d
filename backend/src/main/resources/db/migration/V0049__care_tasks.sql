-- Tasks of a case, raised by hand or by policy (the next follow-up date, a withdrawal of consent), assigned
-- to one caseworker, escalated to the supervisors once overdue past a grace period. The title is written
-- only for tasks raised by hand, as ciphertext under the case's data key. Tasks are never deleted: done or
-- cancelled, they stay with the case; their changes are kept by Envers in care_task_aud.

CREATE TABLE care_task (
    id                uuid        PRIMARY KEY,
    case_id           uuid        NOT NULL REFERENCES case_file (id),
    case_code         varchar(16) NOT NULL,
    kind              varchar(32) NOT NULL,
    title             bytea,
    due_on            date        NOT NULL,
    assigned_to       uuid        NOT NULL REFERENCES app_user (id),
    status            varchar(16) NOT NULL,
    cancelled_because varchar(32),
    done_on           date,
    escalated_at      timestamptz,
    created_by        uuid        NOT NULL REFERENCES app_user (id),
    created_at        timestamptz NOT NULL,
    version           bigint      NOT NULL,
    CONSTRAINT care_task_title_only_by_hand CHECK ((kind = 'BY_HAND') = (title IS NOT NULL)),
    CONSTRAINT care_task_cancelled_says_why CHECK ((status = 'CANCELLED') = (cancelled_because IS NOT NULL)),
    CONSTRAINT care_task_done_has_a_day CHECK ((status = 'DONE') = (done_on IS NOT NULL))
);

CREATE INDEX care_task_by_case ON care_task (case_id, status, due_on);
CREATE INDEX care_task_open_by_assignee ON care_task (assigned_to, due_on) WHERE status = 'OPEN';
CREATE INDEX care_task_open_by_due ON care_task (due_on) WHERE status = 'OPEN';

CREATE TABLE care_task_aud (
    id                uuid     NOT NULL,
    rev               integer  NOT NULL REFERENCES case_revision (id),
    revtype           smallint,
    case_id           uuid,
    case_code         varchar(16),
    kind              varchar(32),
    title             bytea,
    due_on            date,
    assigned_to       uuid,
    status            varchar(16),
    cancelled_because varchar(32),
    done_on           date,
    escalated_at      timestamptz,
    created_by        uuid,
    created_at        timestamptz,
    PRIMARY KEY (id, rev)
);

GRANT SELECT, INSERT, UPDATE ON care_task TO ${app_role};
GRANT SELECT, INSERT ON care_task_aud TO ${app_role};

-- The next follow-up date of every open case becomes a follow-up task of its primary caseworker.
INSERT INTO care_task (id, case_id, case_code, kind, title, due_on, assigned_to, status, created_by, created_at,
                       version)
SELECT gen_random_uuid(), c.id, c.code, 'FOLLOW_UP', NULL, c.next_follow_up_on, w.account_id, 'OPEN',
       w.account_id, now(), 0
FROM case_file c JOIN case_caseworker w ON w.case_id = c.id AND w.is_primary
WHERE c.next_follow_up_on IS NOT NULL AND c.status <> 'CLOSED';
