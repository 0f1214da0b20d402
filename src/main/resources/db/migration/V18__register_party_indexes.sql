-- The free-text search reads the assessments of the organisations whose name matches (as assessed organisation or as
-- requester), newest first. These indexes hold each row's sort key, row number and id after the organisation, so the
-- matching rows are put in order from the index alone instead of reading every matching row.
CREATE INDEX assessment_assessed_parties ON assessment (assessed_org_id, updated_at DESC, row_no DESC, id);
CREATE INDEX assessment_requester_parties ON assessment (requester_org_id, updated_at DESC, row_no DESC, id);
