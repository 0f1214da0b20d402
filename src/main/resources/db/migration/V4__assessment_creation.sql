-- Creating assessments locally, as the workflow vendor's POST /v5/assessments does: the entities that can be assessed,
-- the templates to start from, the vendor's status and outcome ids, and the record of every create. Entities and
-- templates are filled by the demo profile only; statuses and outcomes are vocabulary every installation needs.

CREATE TABLE register_status (
    id   VARCHAR(36) NOT NULL PRIMARY KEY,
    name VARCHAR(40) NOT NULL,
    CONSTRAINT register_status_name UNIQUE (name)
);
INSERT INTO register_status (id, name) VALUES
    ('4e949624-bc0f-439e-a9f2-25a23938812c', 'New'),
    ('6a0c0f3e-3c1b-4f57-9d0e-1f2b8d5e7a11', 'In Progress'),
    ('9b3f1d2a-7e4c-4b8a-a6d5-2c9e0f1b3a22', 'Completed'),
    ('2d7e9a4b-1c3f-4e6a-b8d0-5f2a7c9e1b33', 'Submitted'),
    ('c1e5b7d9-3a2f-4c8e-9b6d-0a4f2e8c6d44', 'Aborted'),
    ('f3a9c2e1-5b7d-4a0f-8e2c-6d1b9a3f5e55', 'Assessment Canceled'),
    ('0e2b4d6f-8a1c-4e3b-9d5f-7a0c2e4b6d66', 'Report Declined');

CREATE TABLE outcome (
    id   VARCHAR(36)  NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);
INSERT INTO outcome (id, name) VALUES
    ('0323e489-6bf9-4b68-9c8d-5674f46921e4', 'Pending'),
    ('5c8e1a3f-9d2b-4f6e-a0c4-8b7d3e1f9a77', 'Passed'),
    ('7f1d3b5e-2a4c-4d8f-b6e0-9c3a5e7f1b88', 'Passed with conditions'),
    ('a4c6e8f0-1b3d-4f5a-8c7e-2d4f6a8c0e99', 'Failed'),
    ('d9b7f5e3-c1a2-4e8d-b6f4-3a1c9e7d5baa', 'Not assessed');

-- A site that can be assessed; its name, address and country are those of its organisation in the register.
CREATE TABLE assessed_entity (
    id              VARCHAR(36) NOT NULL PRIMARY KEY,
    organisation_id VARCHAR(36) NOT NULL REFERENCES organisation (id),
    entity_type     VARCHAR(64) NOT NULL
);
CREATE INDEX assessed_entity_organisation ON assessed_entity (organisation_id);

-- retired: the template's workflow definition is withdrawn, so its workflow cannot start (workflow state Error).
CREATE TABLE assessment_template (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    position         INT           NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    description      VARCHAR(1000) NOT NULL,
    assessment_type  VARCHAR(40)   NOT NULL,
    standard_name    VARCHAR(100)  NOT NULL,
    standard_version VARCHAR(20),
    workflow_name    VARCHAR(100)  NOT NULL,
    retired          BOOLEAN       NOT NULL DEFAULT FALSE
);

-- The vendor's assessment record of every create; id is also the register row's id. request_key makes a repeated
-- submit of one form return the first result instead of creating a second assessment.
CREATE TABLE created_assessment (
    id                   VARCHAR(36)   NOT NULL PRIMARY KEY REFERENCES assessment (id),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    entity_id            VARCHAR(36)   NOT NULL REFERENCES assessed_entity (id),
    template_id          VARCHAR(36)   NOT NULL REFERENCES assessment_template (id),
    institution_id       VARCHAR(36)   NOT NULL,
    status_id            VARCHAR(36)   NOT NULL REFERENCES register_status (id),
    outcome_id           VARCHAR(36)   REFERENCES outcome (id),
    workflow_instance_id VARCHAR(36)   NOT NULL,
    workflow_state       VARCHAR(20)   NOT NULL,
    error_message        VARCHAR(1000),
    error_details        VARCHAR(4000),
    error_step           VARCHAR(200),
    error_type           VARCHAR(100),
    request_key          VARCHAR(36)   NOT NULL,
    created_by           VARCHAR(64)   NOT NULL,
    CONSTRAINT created_assessment_request_key UNIQUE (request_key)
);
CREATE INDEX created_assessment_entity ON created_assessment (entity_id, template_id);
