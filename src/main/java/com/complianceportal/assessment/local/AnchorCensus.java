package com.complianceportal.assessment.local;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.shared.db.SqlDialect;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@link PageAnchors} of the register's default order (newest first), taken for every page position at once: for
 * the whole register, each status, each country and each status with a country, in the background, each anchor read
 * from the one before it through the index the filter's pages use (index entries only). The first deep page of such a
 * filter then starts from an anchor instead of stepping over up to half the filter's rows to find one. Any change to
 * the register makes the census stale; the next search asks for a new one, and pages find their anchors as before
 * until it is there: nobody waits for a census.
 *
 * <p>On H2 only, where the register is the portal's own file and every change to it passes through this portal.
 */
final class AnchorCensus {

    private static final Logger log = LoggerFactory.getLogger(AnchorCensus.class);
    /** A census reads whole indexes: on a thread of its own, never on the common pool. */
    private static final Executor CENSUS = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("register-census-", 0).factory());

    /** A filter the census serves: a status, a country, both, or neither. */
    private record Group(@Nullable String status, @Nullable String country) {

        AssessmentFilter filter() {
            return (status == null ? AssessmentFilter.NONE : AssessmentFilter.status(status)).withCountry(country);
        }
    }

    /** The anchors at every {@link PageAnchors#STEP}th position of each group, taken at a change generation. */
    private record Census(Map<Group, Map<Integer, PageAnchors.Anchor>> anchors, long generation) {
    }

    private final JdbcClient jdbc;
    private final Supplier<SqlDialect> dialect;
    private final Executor executor;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicReference<@Nullable Census> census = new AtomicReference<>();
    private final AtomicBoolean taking = new AtomicBoolean();
    private final AtomicInteger taken = new AtomicInteger();

    AnchorCensus(JdbcClient jdbc, Supplier<SqlDialect> dialect) {
        this(jdbc, dialect, CENSUS);
    }

    AnchorCensus(JdbcClient jdbc, Supplier<SqlDialect> dialect, Executor executor) {
        this.jdbc = jdbc;
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
                census.set(take(target));
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

    /** True while a census is being taken. */
    boolean taking() {
        return taking.get();
    }

    /** How many censuses were taken. */
    int taken() {
        return taken.get();
    }

    /**
     * Each group's anchors, every one read from the one before it, so that the census steps over each index entry
     * once. A change announced while it ran leaves it stale: it carries the generation it started at.
     */
    private Census take(long target) {
        taken.incrementAndGet();
        long start = System.nanoTime();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<Group, Map<Integer, PageAnchors.Anchor>> anchors = new HashMap<>();
        groups().forEach((group, rows) -> {
            if (rows <= PageAnchors.STEP) {
                return;
            }
            RegisterQuerySql where = RegisterQuerySql.where(group.filter(), today).in(SqlDialect.H2);
            Map<Integer, PageAnchors.Anchor> byPosition = new HashMap<>();
            Optional<PageAnchors.Anchor> next = PageAnchors.read(
                    where.anchor(AssessmentSort.DEFAULT, null, 0, PageAnchors.STEP), jdbc);
            for (int position = PageAnchors.STEP; next.isPresent(); position += PageAnchors.STEP) {
                PageAnchors.Anchor anchor = next.get();
                byPosition.put(position, anchor);
                next = PageAnchors.read(where.anchor(AssessmentSort.DEFAULT, anchor.value(), anchor.rowNo(),
                        PageAnchors.STEP), jdbc);
            }
            anchors.put(group, Map.copyOf(byPosition));
        });
        log.debug("Took {} page anchors of {} filters in {} ms", anchors.values().stream().mapToInt(Map::size).sum(),
                anchors.size(), (System.nanoTime() - start) / 1_000_000);
        return new Census(Map.copyOf(anchors), target);
    }

    /** Rows per group: from one pass over the status-country index. */
    private Map<Group, Long> groups() {
        Map<Group, Long> rows = new HashMap<>();
        jdbc.sql("SELECT status, country, COUNT(*) AS n FROM assessment GROUP BY status, country")
                .query((ResultSet rs) -> {
                    String status = rs.getString("status");
                    String country = rs.getString("country");
                    long n = rs.getLong("n");
                    rows.merge(new Group(null, null), n, Long::sum);
                    rows.merge(new Group(status, null), n, Long::sum);
                    if (country != null) {
                        rows.merge(new Group(null, country), n, Long::sum);
                        rows.merge(new Group(status, country), n, Long::sum);
                    }
                });
        return rows;
    }
}
