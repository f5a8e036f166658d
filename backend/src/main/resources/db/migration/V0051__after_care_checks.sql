-- After-care checks of cases closed with reintegration, recorded without reopening the case: whether the
-- person was reached and how, safety now, a short re-trafficking screen, the services still needed (codes of
-- the service types list), notes as ciphertext under the case's data key, and whether the check found risk.
-- Written once; Envers keeps the row in after_care_check_aud.

CREATE TABLE after_care_check (
    id                             uuid          PRIMARY KEY,
    case_id                        uuid          NOT NULL REFERENCES case_file (id),
    task_id                        uuid          NOT NULL UNIQUE REFERENCES care_task (id),
    checked_on                     date          NOT NULL,
    contact_made                   boolean       NOT NULL,
    channel                        varchar(16),
    safety_now                     varchar(16)   NOT NULL,
    approached_with_work_or_travel varchar(16)   NOT NULL,
    pressed_about_debt             varchar(16)   NOT NULL,
    unsafe_where_living            varchar(16)   NOT NULL,
    services_still_needed          varchar(1000) NOT NULL DEFAULT '',
    notes                          bytea,
    risk_found                     boolean       NOT NULL,
    recorded_by                    uuid          NOT NULL REFERENCES app_user (id),
    recorded_at                    timestamptz   NOT NULL,
    CONSTRAINT after_care_check_contact_says_how CHECK (NOT contact_made OR channel IS NOT NULL)
);

CREATE INDEX after_care_check_by_case ON after_care_check (case_id, recorded_at);

CREATE TABLE after_care_check_aud (
    id                             uuid     NOT NULL,
    rev                            integer  NOT NULL REFERENCES case_revision (id),
    revtype                        smallint,
    case_id                        uuid,
    task_id                        uuid,
    checked_on                     date,
    contact_made                   boolean,
    channel                        varchar(16),
    safety_now                     varchar(16),
    approached_with_work_or_travel varchar(16),
    pressed_about_debt             varchar(16),
    unsafe_where_living            varchar(16),
    services_still_needed          varchar(1000),
    notes                          bytea,
    risk_found                     boolean,
    recorded_by                    uuid,
    recorded_at                    timestamptz,
    PRIMARY KEY (id, rev)
);

GRANT SELECT, INSERT ON after_care_check, after_care_check_aud TO ${app_role};
