-- The language and time zone a user chose on the account page; NULL follows the browser.
ALTER TABLE portal_user ADD COLUMN language VARCHAR(8);
ALTER TABLE portal_user ADD COLUMN time_zone VARCHAR(64);
ALTER TABLE portal_user ADD CONSTRAINT portal_user_language_chk CHECK (language IN ('en', 'de'));
