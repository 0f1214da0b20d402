package com.complianceportal.assessment.local;

import com.complianceportal.assessment.domain.AssessmentDetail;
import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentPage;
import com.complianceportal.assessment.domain.AssessmentRow;
import com.complianceportal.assessment.domain.AssessmentRowPage;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.DashboardSnapshot;
import com.complianceportal.assessment.domain.FilterKind;
import com.complianceportal.assessment.domain.FilterOptions;
import com.complianceportal.assessment.domain.SourceCapabilities;
import com.complianceportal.assessment.service.AssessmentSource;
import com.complianceportal.assessment.service.RegisterChanged;
import com.complianceportal.shared.db.SqlDialect;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The register in the portal's own database. Filtering, sorting and paging all happen in SQL; it can do them all. */
@Component
@ConditionalOnProperty(name = "portal.source", havingValue = "local", matchIfMissing = true)
@Transactional(readOnly = true)
class LocalAssessmentSource implements AssessmentSource {

    static final String NAME = "the portal's database";
    /** Rows per batch when streaming: the per-assessment lists are read once per batch. */
    static final int STREAM_BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;
    private final LocalDashboard dashboard;
    private final LocalDetailReader details;
    private final AnchorCensus census;
    private final PageAnchors anchors;
    private final OrganisationNames names;
    private final FilterChoices choices;
    private final StatusCountryTallies tallies;
    private final AtomicReference<@Nullable SourceCapabilities> capabilities = new AtomicReference<>();
    private final AtomicReference<@Nullable SqlDialect> dialect = new AtomicReference<>();
    /** Totals by filter: paging through a set, or sorting it anew, does not count it again. */
    private final Cache<CountKey, Long> totals = Caffeine.newBuilder().maximumSize(1_000).build();

    /** A filter on a day: "overdue" and "due soon" mean something else tomorrow. */
    private record CountKey(AssessmentFilter filter, LocalDate today) {
    }

    LocalAssessmentSource(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
        this.dashboard = new LocalDashboard(jdbc, clock, this::dialect);
        this.details = new LocalDetailReader(jdbc);
        this.names = new OrganisationNames(jdbc);
        this.choices = new FilterChoices(jdbc);
        this.tallies = new StatusCountryTallies(jdbc, this::dialect);
        this.census = new AnchorCensus(jdbc, this::dialect);
        this.anchors = new PageAnchors(census);
    }

    /** What this source can do, with the filter choices shared by every screen (read once, see {@link FilterChoices}). */
    @Override
    public SourceCapabilities capabilities() {
        FilterOptions options = choices.get();
        SourceCapabilities known = capabilities.get();
        if (known == null || known.options() != options) {
            known = new SourceCapabilities(NAME, EnumSet.allOf(AssessmentSort.Field.class),
                    AssessmentSort.Field.values().length, EnumSet.allOf(FilterKind.class), options, Long.MAX_VALUE);
            capabilities.set(known);
        }
        return known;
    }

    @Override
    public AssessmentPage search(AssessmentFilter filter, List<AssessmentSort> sort, int offset, int limit) {
        Page<AssessmentSummary> page = page(filter, sort, offset, limit, this::summaries);
        return new AssessmentPage(page.rows(), page.total());
    }

    /** As {@link #search}, without reading each assessment's lists, which the register's grid does not show. */
    @Override
    public AssessmentRowPage rows(AssessmentFilter filter, List<AssessmentSort> sort, int offset, int limit) {
        Page<AssessmentRow> page = page(filter, sort, offset, limit, this::rows);
        return new AssessmentRowPage(page.rows(), page.total());
    }

    /** Rows of one page, read by id, and the total. */
    private record Page<T>(List<T> rows, long total) {
    }

    private <T> Page<T> page(AssessmentFilter filter, List<AssessmentSort> sort, int offset, int limit,
            Function<List<String>, List<T>> reader) {
        LocalDate today = today();
        RegisterQuerySql where = RegisterQuerySql.where(filter, today, names::containing).in(dialect());
        long total = totals.get(new CountKey(filter, today),
                key -> tallies.total(filter, today).orElseGet(() -> count(where)));
        if (AnchorCensus.covers(filter, sort)) {
            // The first deep page of these filters starts from the census's anchors: have them taken ahead of it.
            census.take();
        }
        return new Page<>(limit == 0 || offset >= total ? List.of()
                : reader.apply(ids(filter, sort.isEmpty() ? List.of(AssessmentSort.DEFAULT) : sort, offset, limit,
                        where, today, total)),
                total);
    }

    /** The database's dialect, asked once. */
    private SqlDialect dialect() {
        SqlDialect known = dialect.get();
        if (known == null) {
            known = SqlDialect.of(Objects.requireNonNull(template.getDataSource()));
            dialect.set(known);
        }
        return known;
    }

    /** The total of {@code filter}, counted now (the register's own searches keep it until the register changes). */
    long count(AssessmentFilter filter) {
        return count(RegisterQuerySql.where(filter, today(), names::containing).in(dialect()));
    }

    private long count(RegisterQuerySql where) {
        RegisterQuerySql.Sql count = where.count();
        return jdbc.sql(count.text()).params(count.params()).query(Long.class).single();
    }

    /** The ids of one page, in order. */
    private List<String> ids(AssessmentFilter filter, List<AssessmentSort> sort, int offset, int limit,
            RegisterQuerySql where, LocalDate today, long total) {
        if (where.hasText()) {
            Optional<List<String>> walked = walk(filter, sort, offset, limit, where, today, total);
            if (walked.isPresent()) {
                return walked.get();
            }
        }
        RegisterQuerySql.Sql page = where.page(sort, limit, offset);
        if (PageAnchors.supports(filter, sort, offset)) {
            page = anchors.page(filter, sort.getFirst(), today, offset, limit, total, where, jdbc);
        }
        return jdbc.sql(page.text()).params(page.params()).query(String.class).list();
    }

    /**
     * A page of a free-text search walked in sort order ({@link TextPageWalk}) when the text matches densely enough
     * for that to be quick; nothing otherwise, or when the walk ran out of budget.
     */
    private Optional<List<String>> walk(AssessmentFilter filter, List<AssessmentSort> sort, int offset, int limit,
            RegisterQuerySql where, LocalDate today, long total) {
        String text = filter.text();
        AssessmentFilter withoutText = filter.withText(null);
        long walkable = totals.get(new CountKey(withoutText, today),
                key -> count(RegisterQuerySql.where(withoutText, today)));
        if (text == null || !TextPageWalk.worthWalking(offset, limit, total, walkable)) {
            return Optional.empty();
        }
        TextPageWalk.TextMatch match = TextPageWalk.TextMatch.of(text,
                names.allContaining(text.toLowerCase(Locale.ROOT)));
        return TextPageWalk.page(template, where, sort, match, offset, limit);
    }

    @Override
    public Optional<AssessmentDetail> find(String id) {
        return details.find(id);
    }

    @Override
    public DashboardSnapshot dashboard() {
        return dashboard.figures();
    }

    /** True while the register is tallied or its page anchors are taken in the background. */
    boolean settling() {
        return tallies.tallying() || census.taking();
    }

    /** How many times the whole register was counted for the dashboard (once per day and bulk change). */
    int dashboardComputations() {
        return dashboard.computations();
    }

    /** A change to the register makes cached anchors and figures stale. */
    @EventListener
    void registerChanged(RegisterChanged change) {
        census.changed();
        anchors.clear();
        names.clear();
        totals.invalidateAll();
        if (change.created() && change.assessmentId() != null) {
            dashboard.added();
            choices.added(change.assessmentId());
        } else {
            dashboard.changed();
            choices.clear();
            tallies.changed();
        }
    }

    @Override
    public void stream(AssessmentFilter filter, List<AssessmentSort> sort, Consumer<AssessmentSummary> sink) {
        RegisterQuerySql.Sql rows = RegisterQuerySql.where(filter, today(), names::containing).in(dialect()).rows(sort);
        List<AssessmentSummary> batch = new ArrayList<>(STREAM_BATCH);
        template.query(rows.streaming(STREAM_BATCH), (ResultSet rs) -> {
            batch.add(RegisterRows.summary(rs, RegisterChildren.NONE));
            if (batch.size() == STREAM_BATCH) {
                flush(batch, sink);
            }
        });
        flush(batch, sink);
    }

    private void flush(List<AssessmentSummary> batch, Consumer<AssessmentSummary> sink) {
        if (batch.isEmpty()) {
            return;
        }
        RegisterChildren children = RegisterChildren.load(jdbc, batch.stream().map(AssessmentSummary::id).toList());
        for (AssessmentSummary row : batch) {
            sink.accept(RegisterRows.withChildren(row, children));
        }
        batch.clear();
    }

    /** The summaries of {@code ids}, in that order, with their lists. */
    private List<AssessmentSummary> summaries(List<String> ids) {
        RegisterChildren children = RegisterChildren.load(jdbc, ids);
        return read(ids, rs -> RegisterRows.summary(rs, children), AssessmentSummary::id);
    }

    /** The grid rows of {@code ids}, in that order: one statement. */
    private List<AssessmentRow> rows(List<String> ids) {
        return read(ids, rs -> AssessmentRow.of(RegisterRows.summary(rs, RegisterChildren.NONE)), AssessmentRow::id);
    }

    private <T> List<T> read(List<String> ids, RowMapper<T> mapper, Function<T, String> id) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = String.join(", ", ids.stream().map(i -> "?").toList());
        Map<String, T> byId = new HashMap<>();
        jdbc.sql(RegisterRows.SELECT + " WHERE a.id IN (" + in + ")").params(List.<Object>copyOf(ids))
                .query((ResultSet rs) -> {
                    T row = mapper.map(rs);
                    byId.put(id.apply(row), row);
                });
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Maps the current row of a result. */
    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC));
    }
}
