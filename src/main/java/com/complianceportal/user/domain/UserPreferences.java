package com.complianceportal.user.domain;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Key/value settings per user; a plain table, so a small JDBC repository is all it needs. */
@Repository
public class UserPreferences {

    private final JdbcClient jdbc;

    UserPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> find(String username, String key) {
        return jdbc.sql("SELECT pref_value FROM user_preference WHERE username = ? AND pref_key = ?")
                .params(username, key).query(String.class).optional();
    }

    public void put(String username, String key, String value) {
        int updated = jdbc.sql("UPDATE user_preference SET pref_value = ? WHERE username = ? AND pref_key = ?")
                .params(value, username, key).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO user_preference (username, pref_key, pref_value) VALUES (?, ?, ?)")
                    .params(username, key, value).update();
        }
    }
}
