-- Retention after closure (issue 14, decision 0026): once the retention period has passed since a case's
-- closure and its last after-care check, Haven itself asks the supervisors, through the erasure queue, to
-- erase the person or keep the case. Such a request has no asker (requested_by is empty, and only for it),
-- says when the case closed, its last after-care check and since when it is due; a supervisor decides it
-- by erasing (APPROVED) or by keeping the case (KEPT) with a coded reason until a day. It cannot be
-- REFUSED; a caseworker's request cannot be KEPT. The decision is still written once (the trigger of
-- V0037), and never by the asker (erasure_request_decided_by_another, unchanged).

ALTER TABLE erasure_request ALTER COLUMN requested_by DROP NOT NULL;
ALTER TABLE erasure_request
    ADD COLUMN closed_on          date,
    ADD COLUMN last_after_care_on date,
    ADD COLUMN due_since          date,
    ADD COLUMN keep_reason        varchar(32),
    ADD COLUMN keep_until         date;

ALTER TABLE erasure_request DROP CONSTRAINT erasure_request_decision_known;
ALTER TABLE erasure_request
    ADD CONSTRAINT erasure_request_decision_known CHECK (decision IN ('APPROVED', 'REFUSED', 'KEPT')),
    ADD CONSTRAINT erasure_request_asked_by_someone_unless_retention
        CHECK ((reason = 'RETENTION_PERIOD_ENDED') = (requested_by IS NULL)),
    ADD CONSTRAINT erasure_request_retention_says_when
        CHECK ((reason = 'RETENTION_PERIOD_ENDED') = (closed_on IS NOT NULL AND due_since IS NOT NULL)),
    ADD CONSTRAINT erasure_request_retention_erased_or_kept
        CHECK (decision IS DISTINCT FROM 'REFUSED' OR reason <> 'RETENTION_PERIOD_ENDED'),
    ADD CONSTRAINT erasure_request_only_retention_kept
        CHECK (decision IS DISTINCT FROM 'KEPT' OR reason = 'RETENTION_PERIOD_ENDED'),
    ADD CONSTRAINT erasure_request_kept_says_why_and_until
        CHECK ((decision IS NOT DISTINCT FROM 'KEPT') = (keep_reason IS NOT NULL)
            AND (keep_reason IS NULL) = (keep_until IS NULL));

CREATE INDEX erasure_request_kept_by_case ON erasure_request (case_id, keep_until) WHERE decision = 'KEPT';

GRANT UPDATE (keep_reason, keep_until) ON erasure_request TO ${app_role};
