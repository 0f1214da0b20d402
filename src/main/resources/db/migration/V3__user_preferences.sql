-- Small per-user settings of the UI, such as the register's visible columns.
CREATE TABLE user_preference (
    username   VARCHAR(64)   NOT NULL,
    pref_key   VARCHAR(64)   NOT NULL,
    pref_value VARCHAR(2000) NOT NULL,
    PRIMARY KEY (username, pref_key)
);
