-- One row that the health check rewrites: health is DOWN when the database can be read but not written.
CREATE TABLE health_probe (
    id         INT NOT NULL PRIMARY KEY,
    checked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT health_probe_single_row CHECK (id = 1)
);
INSERT INTO health_probe (id, checked_at) VALUES (1, CURRENT_TIMESTAMP);
