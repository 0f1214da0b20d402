-- The placeholder lead executor of verifications created in the portal: their auditor is not assigned yet, so the
-- register says "To be assigned", and this one well-known organisation stands in the executor list until then.
INSERT INTO organisation (id, name, org_id, org_type)
VALUES ('d0c7a9e4-1b5f-4c3a-9e8d-2f6b0a4c7e11', 'To be assigned', NULL, 'Audit Firm');

-- Verifications created before this version had no executor row at all: they get the placeholder too.
INSERT INTO assessment_executor (assessment_id, position, organisation_id, lead, able_to_submit, placeholder,
    assigned_roles)
SELECT a.id, 0, 'd0c7a9e4-1b5f-4c3a-9e8d-2f6b0a4c7e11', TRUE, FALSE, TRUE, 'Lead Auditor'
  FROM assessment a JOIN created_assessment c ON c.id = a.id
 WHERE a.assessment_type = 'Verification Assessment'
   AND NOT EXISTS (SELECT 1 FROM assessment_executor e WHERE e.assessment_id = a.id);
