-- The audit sealer gets a role of its own (haven_sealer): it alone writes the hash chain, the
-- checkpoints and the retention records, and runs retention. The application role keeps adding
-- events and reading the trail, nothing more, and no longer chooses an event's sequence number.

GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${sealer_role};

REVOKE INSERT ON audit_chain, audit_checkpoint FROM ${app_role};
REVOKE EXECUTE ON FUNCTION audit_apply_retention(timestamptz) FROM ${app_role};
DROP FUNCTION audit_apply_retention(timestamptz);

GRANT SELECT ON audit_event TO ${sealer_role};
GRANT SELECT, INSERT ON audit_chain, audit_checkpoint, audit_retention TO ${sealer_role};

-- The transaction that wrote the event: the sealer finds new events by it, since a transaction that
-- is older than every running one has either committed (and its events are visible) or rolled back.
ALTER TABLE audit_event ADD COLUMN xact xid8;
CREATE INDEX audit_event_by_transaction ON audit_event (xact);

-- The database numbers events, whatever the writer sent: nobody picks a number that a later event
-- needs, and nobody backdates the transaction that wrote it.
CREATE FUNCTION audit_event_number() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
BEGIN
    NEW.seq := nextval('audit_event_seq');
    NEW.xact := pg_current_xact_id();
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION audit_event_number() FROM PUBLIC;
CREATE TRIGGER audit_event_numbered BEFORE INSERT ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_number();
ALTER TABLE audit_event ALTER COLUMN seq DROP DEFAULT;
REVOKE USAGE ON SEQUENCE audit_event_seq FROM ${app_role};
