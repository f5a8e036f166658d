-- Staff who sign in through Keycloak: their account is tied to the identity provider's stable
-- subject (the token's "sub"), not to the username, which an identity provider may let change.
-- Such accounts have no password hash: Haven never sees their password.

ALTER TABLE app_user ADD COLUMN external_subject varchar(255);
ALTER TABLE app_user ADD CONSTRAINT app_user_external_subject_key UNIQUE (external_subject);
ALTER TABLE app_user ADD CONSTRAINT app_user_external_subject_not_blank
    CHECK (external_subject IS NULL OR length(trim(external_subject)) > 0);
