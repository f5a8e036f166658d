-- Chain format 2: the chain is a dense list of positions, each naming the event it links; the sealer
-- links events in the order it finds them committed, so a rolled-back sequence number leaves nothing
-- to seal. Entries of format 1 (position = sequence number, with GAP entries) keep verifying.

ALTER TABLE audit_chain RENAME COLUMN seq TO position;
ALTER TABLE audit_checkpoint RENAME COLUMN seq TO position;
ALTER TABLE audit_chain ADD COLUMN event_seq bigint;
ALTER TABLE audit_chain ADD COLUMN format smallint NOT NULL DEFAULT 1;

ALTER TABLE audit_chain DISABLE TRIGGER audit_chain_append_only;
UPDATE audit_chain SET event_seq = position WHERE kind = 'EVENT';
ALTER TABLE audit_chain ENABLE TRIGGER audit_chain_append_only;

ALTER TABLE audit_chain ALTER COLUMN format DROP DEFAULT;
ALTER TABLE audit_chain ADD CONSTRAINT audit_chain_entry_known CHECK (
    (format = 1 AND kind = 'GAP' AND event_seq IS NULL)
    OR (format = 1 AND kind = 'EVENT' AND event_seq = position)
    OR (format = 2 AND kind = 'EVENT' AND event_seq IS NOT NULL));
CREATE UNIQUE INDEX audit_chain_by_event ON audit_chain (event_seq);
