-- Retention decided by the database: the period is set by the schema owner only (Haven writes it at
-- start-up from HAVEN_AUDIT_RETENTION through the owner's connection), never below a floor of one
-- year; the cut-off is computed here, not passed in. Only the sealer may run it, and it signs a
-- record of what each run removed.

CREATE TABLE audit_policy (
    singleton       boolean  PRIMARY KEY DEFAULT true,
    retention       interval NOT NULL,
    retention_floor interval NOT NULL DEFAULT interval '1 year',
    CONSTRAINT audit_policy_one_row CHECK (singleton),
    CONSTRAINT audit_policy_floor_at_least_a_year CHECK (retention_floor >= interval '1 year'),
    CONSTRAINT audit_policy_retention_above_floor CHECK (retention >= retention_floor)
);
INSERT INTO audit_policy (retention) VALUES (interval '7 years');
GRANT SELECT ON audit_policy TO ${app_role}, ${sealer_role};

-- What a run removed, signed by the sealer with the audit signing key. Rows written before this
-- migration carry no signature: nothing shows what they removed, and the verifier says so.
ALTER TABLE audit_retention ADD COLUMN first_removed bigint;
ALTER TABLE audit_retention ADD COLUMN cut_off timestamptz;
ALTER TABLE audit_retention ADD COLUMN key_id bigint;
ALTER TABLE audit_retention ADD COLUMN signature bytea;
CREATE TRIGGER audit_retention_append_only BEFORE UPDATE OR DELETE ON audit_retention
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_retention_no_truncate BEFORE TRUNCATE ON audit_retention
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- Removes the oldest part of the chain whose events are all older than the cut-off, and the events
-- it links; records the run as an event in the same transaction; returns what it removed (no row
-- when nothing), for the sealer to check against its own plan and sign.
CREATE FUNCTION audit_apply_retention()
    RETURNS TABLE (run_at timestamptz, run_cut_off timestamptz, removed_from bigint, removed_to bigint,
                   anchor bytea, events_removed bigint)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp SET timezone = 'UTC' AS $$
DECLARE
    policy_period interval;
    policy_floor interval;
    started timestamptz := clock_timestamp();
    cut timestamptz;
    first_position bigint;
    keep_from bigint;
    anchor_hash bytea;
    removed bigint := 0;
BEGIN
    SELECT p.retention, p.retention_floor INTO policy_period, policy_floor FROM audit_policy p;
    IF policy_period IS NULL THEN
        RAISE EXCEPTION 'No audit retention policy' USING ERRCODE = 'check_violation';
    END IF;
    IF policy_floor < interval '1 year' OR started - policy_period > started - interval '1 year'
            OR started - policy_period > started - policy_floor THEN
        RAISE EXCEPTION 'The audit retention period is below its floor' USING ERRCODE = 'check_violation';
    END IF;
    cut := started - policy_period;
    SELECT min(c.position) INTO first_position FROM audit_chain c;
    SELECT c.position INTO keep_from FROM audit_chain c JOIN audit_event e ON e.seq = c.event_seq
        WHERE e.occurred_at >= cut ORDER BY c.position LIMIT 1;
    IF keep_from IS NULL THEN
        SELECT coalesce(max(c.position), 0) + 1 INTO keep_from FROM audit_chain c;
    END IF;
    IF first_position IS NOT NULL AND keep_from > first_position THEN
        SELECT c.hash INTO anchor_hash FROM audit_chain c WHERE c.position = keep_from - 1;
        PERFORM set_config('haven.audit_retention', 'apply', true);
        DELETE FROM audit_event e USING audit_chain c WHERE c.position < keep_from AND e.seq = c.event_seq;
        GET DIAGNOSTICS removed = ROW_COUNT;
        DELETE FROM audit_chain c WHERE c.position < keep_from;
        DELETE FROM audit_checkpoint k WHERE k.position < keep_from;
        PERFORM set_config('haven.audit_retention', '', true);
    END IF;
    INSERT INTO audit_event (occurred_at, actor_roles, action, fields, outcome, reason)
        VALUES (started, '', 'AUDIT_RETENTION_APPLIED', '', 'ALLOWED',
                CASE WHEN anchor_hash IS NULL THEN format('removed nothing; cut-off %s', cut)
                     ELSE format('removed %s events, chain positions %s to %s; cut-off %s', removed,
                                 first_position, keep_from - 1, cut) END);
    IF anchor_hash IS NOT NULL THEN
        RETURN QUERY SELECT started, cut, first_position, keep_from - 1, anchor_hash, removed;
    END IF;
END
$$;
REVOKE ALL ON FUNCTION audit_apply_retention() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_apply_retention() TO ${sealer_role};
