-- One click, one assessment, whatever creates it: each submit of the create form carries a request key, claimed here
-- before the create runs (the workflow vendor has no idempotency key of its own and a create is never retried).
-- result holds what the create answered (JSON), so that the same key returns it again; it is empty while it runs.
CREATE TABLE create_request (
    request_key  VARCHAR(36)   NOT NULL PRIMARY KEY,
    requested_by VARCHAR(64)   NOT NULL,
    entity_id    VARCHAR(36)   NOT NULL,
    template_id  VARCHAR(36)   NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    result       VARCHAR(16000)
);
