-- As db/migration/V18__register_party_indexes.sql: the free-text search puts the assessments of the matching
-- organisations in order from these indexes alone. They start with the organisation, so they also serve every read by
-- organisation that V15's single-column indexes served; those are dropped.
DROP INDEX assessment_assessed_org;
DROP INDEX assessment_requester_org;
CREATE INDEX assessment_assessed_parties ON assessment (assessed_org_id, updated_at DESC, row_no DESC, id);
CREATE INDEX assessment_requester_parties ON assessment (requester_org_id, updated_at DESC, row_no DESC, id);
