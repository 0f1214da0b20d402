-- User administration: an optional e-mail address, the "choose a new password at next sign-in" flag (set by an
-- administrator's reset and for a generated first administrator), and room for Argon2id hashes with their {argon2}
-- prefix (about 105 characters; bcrypt's 60 still fit).
ALTER TABLE portal_user ADD COLUMN email VARCHAR(254);
ALTER TABLE portal_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE portal_user ALTER COLUMN password_hash SET DATA TYPE VARCHAR(255);
CREATE INDEX portal_user_role_idx ON portal_user (role, enabled);
