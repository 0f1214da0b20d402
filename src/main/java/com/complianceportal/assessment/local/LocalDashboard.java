package com.complianceportal.assessment.local;

import com.complianceportal.assessment.domain.DashboardFigures;
import com.complianceportal.assessment.domain.DashboardSnapshot;
import com.complianceportal.shared.db.SqlDialect;
import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's figures ({@link DashboardQueries}), counted once per day and register state. Callers that ask
 * before the day's first count has ended wait for it instead of starting their own. A created assessment does not make
 * them count the whole register again: the rows written after the counted ones (by insertion number) are counted and
 * added, and a check of the row count proves that nothing else was missed (when it does not, they are counted again as
 * after any other change).
 *
 * <p>Any other change (a bulk load, or a change another instance reports) raises the register's generation. The
 * figures counted before it stay served, marked as being updated, while one recount runs in the background
 * (Caffeine's {@link LoadingCache#refresh}, which runs one reload of a key at a time and joins callers to it). Figures
 * are current only when they were counted at the latest generation: a change that arrives during a recount is followed
 * by one more recount before the result replaces the figures, so nothing is lost.
 */
final class LocalDashboard {

    /** A last row number that cannot be extended: rows were written while the figures were computed. */
    private static final long UNKNOWN = Long.MIN_VALUE;
    /** A recount takes seconds of database time: it runs on a thread of its own, never on the common pool. */
    private static final Executor RECOUNTS = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("dashboard-recount-", 0).factory());

    private final DashboardQueries queries;
    private final Clock clock;
    private final Runnable counting;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicInteger computations = new AtomicInteger();
    private final AtomicReference<@Nullable Recount> started = new AtomicReference<>();
    private final LoadingCache<LocalDate, Counted> cached;

    /** Figures over {@code rows} rows, all rows up to {@code lastRowNo} (or {@link #UNKNOWN}), at a generation. */
    private record Counted(DashboardFigures figures, Instant countedAt, long generation, long rows, long lastRowNo) {
    }

    /** A recount of the figures {@code from}, started to reach {@code generation}, and its result. */
    private record Recount(Counted from, long generation, CompletableFuture<Counted> result) {
    }

    LocalDashboard(JdbcClient jdbc, Clock clock, Supplier<SqlDialect> dialect) {
        this(jdbc, clock, dialect, () -> {
        });
    }

    /** {@code counting} runs as each count of the whole register starts, after it took its generation. */
    LocalDashboard(JdbcClient jdbc, Clock clock, Supplier<SqlDialect> dialect, Runnable counting) {
        this.queries = new DashboardQueries(jdbc, dialect);
        this.clock = clock;
        this.counting = counting;
        this.cached = Caffeine.newBuilder().maximumSize(2).executor(RECOUNTS).build(new CacheLoader<>() {
            @Override
            public Counted load(LocalDate today) {
                return count(today);
            }

            @Override
            public Counted reload(LocalDate today, Counted stale) {
                return recount(today, stale);
            }
        });
    }

    /** Today's figures; the previous ones, marked as being updated, while they are counted again after a change. */
    DashboardSnapshot figures() {
        LocalDate today = today();
        Counted counted = cached.get(today);
        boolean updating = counted.generation() < generation.get();
        if (updating) {
            // Joins the recount under way; starts one only when none is (it failed, or a change came first).
            cached.refresh(today);
        }
        return new DashboardSnapshot(counted.figures(), counted.countedAt(), updating);
    }

    /** Much of the register changed: the figures are counted again in the background and served meanwhile. */
    void changed() {
        generation.incrementAndGet();
        LocalDate today = today();
        if (cached.getIfPresent(today) != null) {
            cached.refresh(today);
        }
    }

    /**
     * Assessments were created and nothing else changed: current figures take in the new rows. Stale ones do not: the
     * recount under way may have read the register before or after the new rows, so one more recount follows it.
     */
    void added() {
        LocalDate today = today();
        Counted shown = cached.getIfPresent(today);
        if (shown == null) {
            return;
        }
        if (shown.generation() < generation.get()) {
            // Not written into the cache: that would make Caffeine drop the recount under way.
            changed();
            return;
        }
        boolean[] recount = {false};
        cached.asMap().computeIfPresent(today, (day, counted) -> {
            Counted extended = counted.generation() == generation.get() ? extend(day, counted) : null;
            recount[0] = extended == null;
            return extended == null ? counted : extended;
        });
        if (recount[0]) {
            changed();
        }
    }

    /** How many times the whole register was counted since this dashboard was made. */
    int computations() {
        return computations.get();
    }

    private Counted count(LocalDate today) {
        long counts = generation.get();
        Instant at = clock.instant();
        computations.incrementAndGet();
        counting.run();
        DashboardQueries.Mark before = queries.mark();
        DashboardFigures figures = queries.compute(today, null);
        DashboardQueries.Mark after = queries.mark();
        return new Counted(figures, at, counts, before.rows(), before.equals(after) ? before.lastRowNo() : UNKNOWN);
    }

    /**
     * Counts until the figures are current. A second refresh of the same stale figures (Caffeine starts one when asked
     * in the moment between the end of a recount and the replacement of the figures, and may then drop the first one's
     * result) shares the recount that was started for them instead of counting again.
     */
    private Counted recount(LocalDate today, Counted stale) {
        Counted result = stale;
        for (long wanted = generation.get(); result.generation() < wanted; wanted = generation.get()) {
            Recount prior = started.get();
            if (prior != null && prior.from() == stale && prior.generation() >= wanted) {
                result = prior.result().join();
                continue;
            }
            Recount mine = new Recount(stale, wanted, new CompletableFuture<>());
            if (!started.compareAndSet(prior, mine)) {
                continue;
            }
            try {
                result = count(today);
                mine.result().complete(result);
            } catch (RuntimeException failure) {
                // The next visitor tries again; until then the stale figures stay.
                mine.result().completeExceptionally(failure);
                started.compareAndSet(mine, null);
                throw failure;
            }
        }
        return result;
    }

    private @Nullable Counted extend(LocalDate today, Counted counted) {
        if (counted.lastRowNo() == UNKNOWN) {
            return null;
        }
        Instant at = clock.instant();
        DashboardQueries.Mark before = queries.mark();
        DashboardFigures added = queries.compute(today, counted.lastRowNo());
        DashboardQueries.Mark after = queries.mark();
        if (!before.equals(after) || counted.rows() + added.total() != before.rows()) {
            return null;
        }
        return new Counted(DashboardQueries.plus(counted.figures(), added), at, counted.generation(), before.rows(),
                before.lastRowNo());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
