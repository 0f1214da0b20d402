package com.complianceportal.assessment.service;

import com.complianceportal.assessment.domain.AssessmentDetail;
import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentPage;
import com.complianceportal.assessment.domain.AssessmentSort.Field;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.DashboardSnapshot;
import com.complianceportal.assessment.domain.FilterKind;
import com.complianceportal.assessment.domain.FilterOptions.Choices;
import com.complianceportal.assessment.domain.FilterOptions;
import com.complianceportal.assessment.domain.SourceCapabilities;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A source over a fixed list with the capabilities a test gives it; it records every search it answers, so tests can
 * count the calls a screen makes and see what reached the source.
 */
public class ListedAssessments implements AssessmentSource {

    /** One search as the source received it. */
    public record Search(AssessmentFilter filter, List<AssessmentSort> sort, int offset, int limit) {
    }

    /** A source that sorts by update time or due date, one key at a time, and filters by text and status only. */
    public static final SourceCapabilities SMALL = new SourceCapabilities("a small source",
            EnumSet.of(Field.UPDATED, Field.DUE_DATE), 1, EnumSet.of(FilterKind.TEXT, FilterKind.STATUS),
            new FilterOptions(Choices.of(List.of()), Choices.typed(List.of()), Choices.typed(List.of()),
                    Choices.typed(List.of()), Choices.of(List.of())), 500);

    private final List<AssessmentSummary> rows;
    private final SourceCapabilities capabilities;
    private final List<Search> searches = new ArrayList<>();
    private @Nullable RuntimeException failure;
    private volatile @Nullable DashboardSnapshot dashboard;

    public ListedAssessments(List<AssessmentSummary> rows, SourceCapabilities capabilities) {
        this.rows = List.copyOf(rows);
        this.capabilities = capabilities;
    }

    /** The service over this source (its constructor is package-private). */
    public AssessmentService service() {
        return new AssessmentService(this, new SimpleMeterRegistry(), "local");
    }

    /** Every search fails with {@code failure} from now on, or answers again with {@code null}. */
    public void failWith(@Nullable RuntimeException failure) {
        this.failure = failure;
    }

    public List<Search> searches() {
        return List.copyOf(searches);
    }

    @Override
    public SourceCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public AssessmentPage search(AssessmentFilter filter, List<AssessmentSort> sort, int offset, int limit) {
        searches.add(new Search(filter, sort, offset, limit));
        if (failure != null) {
            throw failure;
        }
        int from = Math.min(offset, rows.size());
        return new AssessmentPage(rows.subList(from, Math.min(rows.size(), from + limit)), rows.size());
    }

    @Override
    public Optional<AssessmentDetail> find(String id) {
        return Optional.empty();
    }

    @Override
    public DashboardSnapshot dashboard() {
        if (dashboard == null) {
            throw new UnsupportedOperationException();
        }
        return dashboard;
    }

    /** The dashboard answers {@code snapshot} from now on. */
    public void dashboardAs(DashboardSnapshot snapshot) {
        this.dashboard = snapshot;
    }

    @Override
    public void stream(AssessmentFilter filter, List<AssessmentSort> sort, Consumer<AssessmentSummary> sink) {
        rows.forEach(sink);
    }
}
