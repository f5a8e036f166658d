-- Which intake draft became which case, so that submitting the same draft again (a double click, a retry
-- after a timeout, a second tab) answers with the case already made instead of a second one or an error.
-- The draft's id is random and says nothing; rows go with the drafts' daily retention after a week.

CREATE TABLE intake_completion (
    draft_id     uuid        PRIMARY KEY,
    case_code    varchar(20) NOT NULL,
    completed_by uuid        NOT NULL REFERENCES app_user (id),
    completed_at timestamptz NOT NULL
);

GRANT SELECT, INSERT, DELETE ON intake_completion TO ${app_role};
