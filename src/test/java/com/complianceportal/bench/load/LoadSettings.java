package com.complianceportal.bench.load;

import java.time.Duration;

/**
 * One load run: the portal's address, how many users, how fast they arrive, how long the run lasts, their think
 * time, who they sign in as (every user its own session, all as the same demo user), and how many rounds of the
 * flow each user does ({@code 0}: as many as fit into the run's time).
 */
record LoadSettings(String baseUrl, int users, Duration rampUp, Duration duration, ThinkTime think, String username,
        String password, String searchText, int rounds) {

    /** From system properties: {@code -Dload.url -Dload.users -Dload.rampUp -Dload.seconds -Dload.thinkMin ...}. */
    static LoadSettings fromSystemProperties() {
        return new LoadSettings(System.getProperty("load.url", "http://localhost:8080"),
                Integer.getInteger("load.users", 20), Duration.ofSeconds(Integer.getInteger("load.rampUp", 30)),
                Duration.ofSeconds(Integer.getInteger("load.seconds", 60)),
                new ThinkTime(Duration.ofMillis(Integer.getInteger("load.thinkMinMs", 3000)),
                        Duration.ofMillis(Integer.getInteger("load.thinkMaxMs", 8000))),
                System.getProperty("load.username", "viewer"), System.getProperty("load.password", "viewer"),
                System.getProperty("load.search", "Textiles"), Integer.getInteger("load.rounds", 0));
    }

    LoadSettings withRounds(int newRounds) {
        return new LoadSettings(baseUrl, users, rampUp, duration, think, username, password, searchText, newRounds);
    }
}
