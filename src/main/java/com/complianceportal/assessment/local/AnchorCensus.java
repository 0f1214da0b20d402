package com.complianceportal.assessment.local;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.shared.db.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@link PageAnchors} of the register's default order (newest first), taken for every page position at once: the
 * whole register, each status, each country and each status with a country, in one background walk over each of
 * their indexes (index entries only). The first deep page of such a filter then starts from an anchor instead of
 * stepping over up to half the filter's rows to find one. Any change to the register makes the census stale; the next
 * search asks for a new one, and pages find their anchors as before until it is there: nobody waits for a census.
 *
 * <p>On H2 only, where the register is the portal's own file and every change to it passes through this portal.
 */
final class AnchorCensus {

    private static final Logger log = LoggerFactory.getLogger(AnchorCensus.class);
    /** A census reads whole indexes: on a thread of its own, never on the common pool. */
    private static final Executor CENSUS = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("register-census-", 0).factory());
    /** Index entries fetched at a time while walking. */
    private static final int FETCH = 1_000;

    /** The indexes walked, each ordered as the register orders the filters it serves. */
    private static final List<Walk> WALKS = List.of(
            new Walk("assessment_updated", false, false),
            new Walk("assessment_status", true, false),
            new Walk("assessment_country", false, true),
            new Walk("assessment_status_country", true, true));

    /** One walk: the index and the filter columns it leads with. */
    private record Walk(String index, boolean status, boolean country) {

        String sql() {
            String columns = (status ? "status, " : "") + (country ? "country, " : "");
            return "SELECT " + columns + "updated_at, row_no FROM assessment USE INDEX (" + index + ")"
                    + (country ? " WHERE country IS NOT NULL" : "") + " ORDER BY " + columns
                    + "updated_at DESC, row_no DESC";
        }
    }

    /** A filter the census serves: a status, a country, both, or neither. */
    private record Group(@Nullable String status, @Nullable String country) {
    }

    /** The anchors at every {@link PageAnchors#STEP}th position of each group, taken at a change generation. */
    private record Census(Map<Group, Map<Integer, PageAnchors.Anchor>> anchors, long generation) {
    }

    private final JdbcTemplate template;
    private final Supplier<SqlDialect> dialect;
    private final Executor executor;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicReference<@Nullable Census> census = new AtomicReference<>();
    private final AtomicBoolean taking = new AtomicBoolean();
    private final AtomicInteger taken = new AtomicInteger();

    AnchorCensus(JdbcTemplate template, Supplier<SqlDialect> dialect) {
        this(template, dialect, CENSUS);
    }

    AnchorCensus(JdbcTemplate template, Supplier<SqlDialect> dialect, Executor executor) {
        this.template = template;
        this.dialect = dialect;
        this.executor = executor;
    }

    /** True when the census holds the anchors of {@code filter} in {@code sort}'s order. */
    static boolean covers(AssessmentFilter filter, List<AssessmentSort> sort) {
        return (sort.isEmpty() || sort.equals(List.of(AssessmentSort.DEFAULT))) && filter.statuses().size() <= 1
                && StatusCountryTallies.covers(filter);
    }

    /**
     * The anchor at {@code position} (a multiple of {@link PageAnchors#STEP}) of {@code filter} in {@code sort}'s
     * order, when the census is current and covers them; a stale census has a new one taken in the background.
     */
    Optional<PageAnchors.Anchor> anchor(AssessmentFilter filter, List<AssessmentSort> sort, int position) {
        if (!covers(filter, sort) || dialect.get() != SqlDialect.H2) {
            return Optional.empty();
        }
        Census current = census.get();
        if (current == null || current.generation() != generation.get()) {
            take();
            return Optional.empty();
        }
        String status = filter.statuses().isEmpty() ? null : filter.statuses().iterator().next();
        return Optional.ofNullable(current.anchors().getOrDefault(new Group(status, filter.country()), Map.of())
                .get(position));
    }

    /** Has a census taken in the background unless a current one is there or being taken (H2 only). */
    void take() {
        if (dialect.get() != SqlDialect.H2) {
            return;
        }
        Census current = census.get();
        long target = generation.get();
        if (current != null && current.generation() == target || !taking.compareAndSet(false, true)) {
            return;
        }
        executor.execute(() -> {
            try {
                census.set(walk(target));
            } catch (RuntimeException e) {
                log.warn("The register's page anchors could not be taken; deep pages find their own instead", e);
            } finally {
                taking.set(false);
            }
        });
    }

    /** A change to the register: the census no longer holds. */
    void changed() {
        generation.incrementAndGet();
    }

    /** How many censuses were taken. */
    int taken() {
        return taken.get();
    }

    /**
     * Every walk in one read-only transaction of its own connection, so that all anchors come from one snapshot; a
     * change announced while it ran leaves it stale (it carries the generation it started at).
     */
    private Census walk(long target) {
        taken.incrementAndGet();
        Map<Group, Map<Integer, PageAnchors.Anchor>> anchors = new HashMap<>();
        template.execute((Connection connection) -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            TextPageWalk.lazy(connection, true);
            try {
                for (Walk walk : WALKS) {
                    walk(connection, walk, anchors);
                }
            } finally {
                TextPageWalk.lazy(connection, false);
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
            return null;
        });
        anchors.replaceAll((group, byPosition) -> Map.copyOf(byPosition));
        return new Census(Map.copyOf(anchors), target);
    }

    private static void walk(Connection connection, Walk walk, Map<Group, Map<Integer, PageAnchors.Anchor>> anchors)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(walk.sql(), ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(FETCH);
            try (ResultSet rs = statement.executeQuery()) {
                Map<Integer, PageAnchors.Anchor> group = Map.of();
                String status = null;
                String country = null;
                int position = 0;
                while (rs.next()) {
                    String rowStatus = walk.status() ? rs.getString(1) : null;
                    String rowCountry = walk.country() ? rs.getString(walk.status() ? 2 : 1) : null;
                    if (position == 0 || !Objects.equals(rowStatus, status) || !Objects.equals(rowCountry, country)) {
                        status = rowStatus;
                        country = rowCountry;
                        group = anchors.computeIfAbsent(new Group(status, country), g -> new HashMap<>());
                        position = 0;
                    }
                    if (position > 0 && position % PageAnchors.STEP == 0) {
                        group.put(position, new PageAnchors.Anchor(rs.getObject("updated_at"), rs.getLong("row_no")));
                    }
                    position++;
                }
            }
        }
    }
}
