-- Insertion order on its own: the dashboard adds the rows written after its figures were computed (row_no above the
-- highest one it counted) instead of counting the whole register again after each create.
CREATE INDEX assessment_row_no ON assessment (row_no);
-- The register newest first with each row's organisations and id: a free-text search walks the default order through
-- this index alone, matching organisations as it goes, and reads only the rows of the page it returns.
CREATE INDEX assessment_updated_parties ON assessment (updated_at DESC, row_no DESC, assessed_org_id,
    requester_org_id, id);
