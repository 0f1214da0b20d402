package com.complianceportal.user.domain;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each user's chosen language and time zone, two columns of {@code portal_user} read and written on their own. */
@Repository
public class UserRegions {

    private final JdbcClient jdbc;

    UserRegions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<RegionalSettings> find(String username) {
        return jdbc.sql("SELECT language, time_zone FROM portal_user WHERE username = ?").param(username)
                .query((rs, row) -> new RegionalSettings(rs.getString("language"), rs.getString("time_zone")))
                .optional();
    }

    public void save(String username, RegionalSettings settings) {
        jdbc.sql("UPDATE portal_user SET language = ?, time_zone = ? WHERE username = ?")
                .params(settings.language(), settings.timeZone(), username).update();
    }
}
