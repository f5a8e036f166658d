-- The team of a case decides which supervisors hold it (decision 0044), so it is sealed like the case's
-- link to its person: in a column of its own, so that the seals stored already stay as they are. V0083
-- seals the rows stored before and makes the column required. The history keeps no seals.
ALTER TABLE case_file ADD COLUMN team_seal bytea;
