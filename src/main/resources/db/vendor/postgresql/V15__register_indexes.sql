-- The register's indexes as PostgreSQL needs them to read the register in the order H2 gives it.
--
-- Empty values sort first in ascending order and last in descending order, as in H2; PostgreSQL's default is the
-- opposite. The register says so in its ORDER BY (RegisterQuerySql), and these indexes of V2 are built the same way,
-- so that one index still serves both directions.
DROP INDEX assessment_rating;
CREATE INDEX assessment_rating ON assessment (rating NULLS FIRST, row_no);
DROP INDEX assessment_score;
CREATE INDEX assessment_score ON assessment (score_percentage NULLS FIRST, row_no);
DROP INDEX assessment_country;
CREATE INDEX assessment_country ON assessment (country NULLS FIRST, updated_at DESC, row_no DESC);
DROP INDEX assessment_due;
CREATE INDEX assessment_due ON assessment (due_at NULLS FIRST, row_no);
DROP INDEX assessment_capa_status;
CREATE INDEX assessment_capa_status ON assessment (capa_status NULLS FIRST, row_no);

-- H2 creates an index for every foreign key by itself; PostgreSQL does not. These are the foreign keys the portal
-- reads by that have no index of their own yet: the register's free text (the assessments of the organisations whose
-- name matches) and the assessments an organisation executes or partners in.
CREATE INDEX assessment_assessed_org ON assessment (assessed_org_id);
CREATE INDEX assessment_requester_org ON assessment (requester_org_id);
CREATE INDEX assessment_executor_organisation ON assessment_executor (organisation_id);
CREATE INDEX assessment_partner_organisation ON assessment_partner (organisation_id);
