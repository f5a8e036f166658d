-- Administrations of an instrument version on a case: BASELINE (at or soon after intake, one per case and
-- instrument), REVIEW, ENDLINE (before closure) and POST_CLOSURE (at an after-care check). Each holds the
-- caseworker's overall risk level and, per item, a score (1 to 4), or declined, or not assessed (domains), or
-- yes, no or declined (screening questions); the screen's rule gives its own level. Scores, codes and levels
-- stay queryable for reports; the reason given for each answer is ciphertext under the case's data key.
-- Written once; Envers keeps the rows in the _aud tables.

CREATE TABLE assessment_administration (
    id                 uuid        PRIMARY KEY,
    case_id            uuid        NOT NULL REFERENCES case_file (id),
    person_code        varchar(16) NOT NULL,
    instrument_code    varchar(40) NOT NULL,
    instrument_version integer     NOT NULL,
    kind               varchar(16) NOT NULL,
    administered_on    date        NOT NULL,
    overall_risk       varchar(20) NOT NULL,
    screen_risk        varchar(20),
    recorded_by        uuid        NOT NULL REFERENCES app_user (id),
    recorded_at        timestamptz NOT NULL,
    version            bigint      NOT NULL,
    FOREIGN KEY (instrument_code, instrument_version) REFERENCES assessment_instrument (code, version)
);

CREATE UNIQUE INDEX assessment_one_baseline_per_case ON assessment_administration (case_id, instrument_code)
    WHERE kind = 'BASELINE';
CREATE INDEX assessment_administration_by_case ON assessment_administration (case_id, administered_on);
CREATE INDEX assessment_administration_for_pairs ON assessment_administration (instrument_code,
    instrument_version, kind, person_code);

CREATE TABLE assessment_answer (
    id                uuid        PRIMARY KEY,
    administration_id uuid        NOT NULL REFERENCES assessment_administration (id),
    item_code         varchar(40) NOT NULL,
    answer            varchar(16) NOT NULL,
    score             smallint,
    reason            bytea,
    CONSTRAINT assessment_answer_once_per_item UNIQUE (administration_id, item_code),
    CONSTRAINT assessment_answer_score_in_range CHECK (score IS NULL OR score BETWEEN 1 AND 4),
    CONSTRAINT assessment_answer_score_only_when_scored CHECK ((answer = 'SCORED') = (score IS NOT NULL))
);

CREATE TABLE assessment_administration_aud (
    id                 uuid     NOT NULL,
    rev                integer  NOT NULL REFERENCES case_revision (id),
    revtype            smallint,
    case_id            uuid,
    person_code        varchar(16),
    instrument_code    varchar(40),
    instrument_version integer,
    kind               varchar(16),
    administered_on    date,
    overall_risk       varchar(20),
    screen_risk        varchar(20),
    recorded_by        uuid,
    recorded_at        timestamptz,
    PRIMARY KEY (id, rev)
);

CREATE TABLE assessment_answer_aud (
    id                uuid     NOT NULL,
    rev               integer  NOT NULL REFERENCES case_revision (id),
    revtype           smallint,
    administration_id uuid,
    item_code         varchar(40),
    answer            varchar(16),
    score             smallint,
    reason            bytea,
    PRIMARY KEY (id, rev)
);

GRANT SELECT, INSERT ON assessment_administration, assessment_answer TO ${app_role};
GRANT SELECT, INSERT ON assessment_administration_aud, assessment_answer_aud TO ${app_role};
