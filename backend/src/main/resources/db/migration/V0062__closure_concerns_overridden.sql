-- A supervisor's approval of a closure request despite its concerns (no endline, or a domain scored critical
-- at the endline that no goal addresses): which concerns, the coded reason, who and when. Written once.

CREATE TABLE case_closure_override (
    case_id    uuid         NOT NULL REFERENCES case_file (id),
    concerns   varchar(200) NOT NULL,
    reason     varchar(40)  NOT NULL,
    decided_by uuid         NOT NULL REFERENCES app_user (id),
    decided_at timestamptz  NOT NULL,
    PRIMARY KEY (case_id, decided_at)
);

GRANT SELECT, INSERT ON case_closure_override TO ${app_role};
