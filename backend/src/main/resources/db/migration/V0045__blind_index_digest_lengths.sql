-- Blind-index digests get a length per kind of value (docs/decisions/0018-blind-index-digest-lengths.md):
-- names 14 bits, birth dates 12 bits, phone and document numbers stay at 16. A digest is the first bits of
-- the HMAC, so shortening one needs no key: the dropped bits of the second byte are cleared.
UPDATE blind_index SET digest = set_byte(digest, 1, get_byte(digest, 1) & 252) WHERE kind = 'NAME';
UPDATE blind_index SET digest = set_byte(digest, 1, get_byte(digest, 1) & 240) WHERE kind = 'BIRTH_DATE';
