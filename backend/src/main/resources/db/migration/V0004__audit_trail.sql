-- The audit trail: one row per access or change, never updated, never deleted but by the retention
-- procedure. A sealer links the rows, in sequence order, into a SHA-256 hash chain (audit_chain);
-- checkpoints of the chain head are signed with a key that lives outside the database.

CREATE SEQUENCE audit_event_seq;

CREATE TABLE audit_event (
    seq            bigint       PRIMARY KEY DEFAULT nextval('audit_event_seq'),
    occurred_at    timestamptz  NOT NULL,
    actor_id       varchar(64),
    actor_username varchar(64),
    actor_roles    varchar(128) NOT NULL DEFAULT '',
    action         varchar(48)  NOT NULL,
    subject_type   varchar(16),
    subject_id     varchar(64),
    fields         varchar(512) NOT NULL DEFAULT '',
    outcome        varchar(8)   NOT NULL,
    reason         varchar(500),
    session_hash   varchar(64),
    client_address varchar(64),
    CONSTRAINT audit_event_outcome_known CHECK (outcome IN ('ALLOWED', 'DENIED', 'FAILED'))
);
CREATE INDEX audit_event_by_time ON audit_event (occurred_at, seq);
CREATE INDEX audit_event_by_actor ON audit_event (actor_username, seq);
CREATE INDEX audit_event_by_subject ON audit_event (subject_type, subject_id, seq);
CREATE INDEX audit_event_by_action ON audit_event (action, seq);
CREATE INDEX audit_event_by_outcome ON audit_event (outcome, seq);

-- EVENT links an event, GAP a sequence number no event will ever have (a rolled-back write).
CREATE TABLE audit_chain (
    seq       bigint      PRIMARY KEY,
    kind      varchar(8)  NOT NULL,
    hash      bytea       NOT NULL,
    sealed_at timestamptz NOT NULL,
    CONSTRAINT audit_chain_kind_known CHECK (kind IN ('EVENT', 'GAP'))
);

CREATE TABLE audit_checkpoint (
    seq        bigint      PRIMARY KEY,
    chain_head bytea       NOT NULL,
    created_at timestamptz NOT NULL,
    key_id     bigint      NOT NULL,
    signature  bytea       NOT NULL
);

-- Where the chain starts after retention removed its oldest part: the hash before the first row kept.
CREATE TABLE audit_retention (
    applied_at  timestamptz PRIMARY KEY,
    first_kept  bigint      NOT NULL,
    anchor_hash bytea       NOT NULL,
    removed     bigint      NOT NULL
);

-- Nobody changes or removes audit rows, the schema owner included, except the retention procedure
-- below. (The owner could drop this trigger: the hash chain and the signed checkpoints show it.)
CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('haven.audit_retention', true) = 'apply' AND TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'The audit trail is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_chain_append_only BEFORE UPDATE OR DELETE ON audit_chain
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_checkpoint_append_only BEFORE UPDATE OR DELETE ON audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- Removes events older than the cut-off, keeping the chain verifiable from the first event kept.
-- Runs with the owner's rights; the application may call it and nothing else that deletes.
CREATE FUNCTION audit_apply_retention(cut_off timestamptz) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
DECLARE
    first_kept bigint;
    anchor bytea;
    removed bigint;
BEGIN
    SELECT min(seq) INTO first_kept FROM audit_event WHERE occurred_at >= cut_off;
    IF first_kept IS NULL THEN
        SELECT coalesce(max(seq), 0) + 1 INTO first_kept FROM audit_chain;
    END IF;
    -- only what is sealed may go, so that the anchor is known
    SELECT least(first_kept, coalesce(max(seq), 0) + 1) INTO first_kept FROM audit_chain;
    SELECT hash INTO anchor FROM audit_chain WHERE seq = first_kept - 1;
    IF anchor IS NULL THEN
        RETURN 0;
    END IF;
    PERFORM set_config('haven.audit_retention', 'apply', true);
    DELETE FROM audit_event WHERE seq < first_kept;
    GET DIAGNOSTICS removed = ROW_COUNT;
    DELETE FROM audit_chain WHERE seq < first_kept;
    DELETE FROM audit_checkpoint WHERE seq < first_kept;
    PERFORM set_config('haven.audit_retention', '', true);
    INSERT INTO audit_retention (applied_at, first_kept, anchor_hash, removed)
        VALUES (clock_timestamp(), first_kept, anchor, removed);
    RETURN removed;
END
$$;
REVOKE ALL ON FUNCTION audit_apply_retention(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_apply_retention(timestamptz) TO ${app_role};

GRANT USAGE ON SEQUENCE audit_event_seq TO ${app_role};
GRANT SELECT, INSERT ON audit_event, audit_chain, audit_checkpoint TO ${app_role};
GRANT SELECT ON audit_retention TO ${app_role};
