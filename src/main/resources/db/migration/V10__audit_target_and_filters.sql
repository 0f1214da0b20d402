-- The audit log names what each action was about (a user name, an assessment id, a page) and is filtered by action,
-- target and time, newest first. A detail may now be longer; what still does not fit is cut with a note saying so.
-- The application only ever inserts into this table (no update or delete statement exists for it); where the database
-- allows it, grant the portal's database user nothing but INSERT and SELECT on it (README, "Audit log").
ALTER TABLE audit_event ADD COLUMN target VARCHAR(256);
ALTER TABLE audit_event ALTER COLUMN detail SET DATA TYPE VARCHAR(4000);
ALTER TABLE audit_event ALTER COLUMN action SET DATA TYPE VARCHAR(64);
CREATE INDEX audit_event_newest_idx ON audit_event (occurred_at DESC, id DESC);
CREATE INDEX audit_event_action_idx ON audit_event (action, occurred_at DESC, id DESC);
CREATE INDEX audit_event_target_idx ON audit_event (target, occurred_at DESC, id DESC);
