-- The free-text search matches any part of an organisation's name (LOWER(name) LIKE '%text%'): the portal matches names
-- in memory while few organisations match, and asks the database when many do, as does the entity picker of the create
-- form. A B-tree cannot serve a pattern that starts with %; PostgreSQL's trigram index can (pg_trgm, a trusted
-- extension: the database's owner may create it). H2 reads the names in full either way.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX organisation_name_trigrams ON organisation USING gin (LOWER(name) gin_trgm_ops);
