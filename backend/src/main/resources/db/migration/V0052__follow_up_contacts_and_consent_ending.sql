-- Contacts with the person while the case is open (follow-up contacts) are recorded like the after-care checks
-- after closure: the same questions, the same encryption of the notes. A follow-up contact may answer the
-- case's follow-up task or be unplanned (no task); an after-care check always answers its task.
ALTER TABLE after_care_check ADD COLUMN kind varchar(32) NOT NULL DEFAULT 'AFTER_CARE_CHECK';
ALTER TABLE after_care_check ALTER COLUMN kind DROP DEFAULT;
ALTER TABLE after_care_check ALTER COLUMN task_id DROP NOT NULL;
ALTER TABLE after_care_check ADD CONSTRAINT after_care_check_kind
    CHECK (kind IN ('FOLLOW_UP', 'AFTER_CARE_CHECK'));
ALTER TABLE after_care_check ADD CONSTRAINT after_care_check_answers_its_task
    CHECK (kind = 'FOLLOW_UP' OR task_id IS NOT NULL);
ALTER TABLE after_care_check_aud ADD COLUMN kind varchar(32);
UPDATE after_care_check_aud SET kind = 'AFTER_CARE_CHECK';

-- A task raised by policy may name what it is about without free text: the consent purpose of a
-- CONSENT_ENDING task, with the partner organisation after a colon for consent to share with a partner.
ALTER TABLE care_task ADD COLUMN subject varchar(250);
ALTER TABLE care_task_aud ADD COLUMN subject varchar(250);
ALTER TABLE care_task ADD CONSTRAINT care_task_subject_of_consent_ending
    CHECK ((kind = 'CONSENT_ENDING') = (subject IS NOT NULL));

-- Consent that ends on a day already recorded gets its reminder 30 days before that day (today where that
-- is past), for the caseworker who recorded it, when the case is open and the consent is the purpose's latest
-- version, neither withdrawn nor ended.
INSERT INTO care_task (id, case_id, case_code, kind, subject, title, due_on, assigned_to, status, created_by,
                       created_at, version)
SELECT gen_random_uuid(), c.id, c.code, 'CONSENT_ENDING', r.purpose || CASE WHEN r.scope = '' THEN '' ELSE ':' || r.scope END, NULL,
       GREATEST(r.expires_on - 30, current_date), r.recorded_by, 'OPEN', r.recorded_by, now(), 0
FROM consent_record r
JOIN case_file c ON c.id = r.case_id
WHERE r.expires_on IS NOT NULL AND r.expires_on >= current_date AND r.withdrawn_on IS NULL
  AND c.status <> 'CLOSED'
  AND r.version = (SELECT max(v.version) FROM consent_record v
                   WHERE v.case_id = r.case_id AND v.purpose = r.purpose AND v.scope = r.scope);
