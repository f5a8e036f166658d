-- The note a caseworker is typing on a case, kept while they type so that quick hide, a lost
-- connection or a closed tab loses nothing. One per case and caseworker; the text is encrypted
-- under the case's data key (and so erased with the person), bound to the caseworker who typed it.
-- Deleted when the note is added or the caseworker clears it, and after the intake draft retention.
CREATE TABLE case_note_draft (
    case_id    uuid        NOT NULL REFERENCES case_file (id),
    author_id  uuid        NOT NULL,
    body       bytea       NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (case_id, author_id)
);
CREATE INDEX case_note_draft_by_time ON case_note_draft (updated_at);

GRANT SELECT, INSERT, UPDATE, DELETE ON case_note_draft TO ${app_role};
