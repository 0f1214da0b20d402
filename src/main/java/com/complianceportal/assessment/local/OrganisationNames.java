package com.complianceportal.assessment.local;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The organisation names in memory, lower-cased, for the register's free-text search: matching a few tens of
 * thousands of names in Java takes a millisecond, a LIKE '%text%' scan in the database tens of them. Loaded once
 * (concurrent callers wait for the same load) and again after every register change.
 */
final class OrganisationNames {

    /** Above this many matching organisations the search lets the database match names itself. */
    static final int MAX_LISTED = 1_000;

    private record Names(String[] ids, String[] lowerNames) {
    }

    private final JdbcClient jdbc;
    private final LoadingCache<Boolean, Names> names = Caffeine.newBuilder().maximumSize(1)
            .build(key -> load());

    OrganisationNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ids of the organisations whose name contains {@code lowerText}; empty when there are too many to list. */
    Optional<List<String>> containing(String lowerText) {
        Names current = names.get(Boolean.TRUE);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < current.ids().length; i++) {
            if (current.lowerNames()[i].contains(lowerText)) {
                if (ids.size() == MAX_LISTED) {
                    return Optional.empty();
                }
                ids.add(current.ids()[i]);
            }
        }
        return Optional.of(ids);
    }

    /** Ids of every organisation whose name contains {@code lowerText}, however many. */
    Set<String> allContaining(String lowerText) {
        Names current = names.get(Boolean.TRUE);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < current.ids().length; i++) {
            if (current.lowerNames()[i].contains(lowerText)) {
                ids.add(current.ids()[i]);
            }
        }
        return ids;
    }

    void clear() {
        names.invalidateAll();
    }

    private Names load() {
        List<String> ids = new ArrayList<>();
        List<String> lower = new ArrayList<>();
        jdbc.sql("SELECT id, name FROM organisation WHERE name IS NOT NULL").query((ResultSet rs) -> {
            ids.add(rs.getString("id"));
            lower.add(rs.getString("name").toLowerCase(Locale.ROOT));
        });
        return new Names(ids.toArray(String[]::new), lower.toArray(String[]::new));
    }
}
