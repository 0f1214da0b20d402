package com.complianceportal.assessment.service;

import com.complianceportal.assessment.domain.AssessmentDetail;
import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentPage;
import com.complianceportal.assessment.domain.AssessmentSort;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.domain.DashboardSnapshot;
import com.complianceportal.assessment.domain.FilterKind;
import com.complianceportal.assessment.domain.FilterOptions;
import com.complianceportal.assessment.domain.SourceCapabilities;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * A source that makes its rows as they are streamed and keeps none of them, like a database cursor. Paging is
 * refused: an export must stream. {@link #wrappingErrors()} wraps what the sink throws, as a JDBC template does.
 */
public class GeneratedAssessments implements AssessmentSource {

    private final int size;
    private final IntFunction<AssessmentSummary> rows;
    private boolean wrapErrors;
    private long exportLimit = Long.MAX_VALUE;
    private int streams;
    private long rowsProduced;
    private AssessmentFilter lastFilter = AssessmentFilter.NONE;
    private List<AssessmentSort> lastSort = List.of();

    public GeneratedAssessments(int size, IntFunction<AssessmentSummary> rows) {
        this.size = size;
        this.rows = rows;
    }

    public GeneratedAssessments(int size) {
        this(size, SampleAssessments::row);
    }

    public static GeneratedAssessments of(List<AssessmentSummary> rows) {
        return new GeneratedAssessments(rows.size(), rows::get);
    }

    /** The service the export uses, over this source (its constructor is package-private). */
    public AssessmentService service() {
        return new AssessmentService(this, new SimpleMeterRegistry(), "local");
    }

    public GeneratedAssessments wrappingErrors() {
        wrapErrors = true;
        return this;
    }

    /** Gives at most {@code rows} rows to one export, as a vendor source does, and says so in its capabilities. */
    public GeneratedAssessments limitedTo(long rows) {
        exportLimit = rows;
        return this;
    }

    public int streams() {
        return streams;
    }

    public long rowsProduced() {
        return rowsProduced;
    }

    public AssessmentFilter lastFilter() {
        return lastFilter;
    }

    public List<AssessmentSort> lastSort() {
        return lastSort;
    }

    @Override
    public void stream(AssessmentFilter filter, List<AssessmentSort> sort, Consumer<AssessmentSummary> sink) {
        streams++;
        lastFilter = filter;
        lastSort = sort;
        for (int i = 0; i < Math.min(size, exportLimit); i++) {
            rowsProduced++;
            try {
                sink.accept(rows.apply(i));
            } catch (RuntimeException e) {
                throw wrapErrors ? new IllegalStateException("Row callback failed", e) : e;
            }
        }
    }

    @Override
    public SourceCapabilities capabilities() {
        return new SourceCapabilities("generated rows", EnumSet.allOf(AssessmentSort.Field.class), 3,
                EnumSet.allOf(FilterKind.class), new FilterOptions(none(), none(), none(), none(), none()),
                exportLimit);
    }

    /** The total only: an export must stream the register, not page through it. */
    @Override
    public AssessmentPage search(AssessmentFilter filter, List<AssessmentSort> sort, int offset, int limit) {
        if (limit > 0) {
            throw new AssertionError("An export must stream the register, not page through it");
        }
        return new AssessmentPage(List.of(), size);
    }

    private static FilterOptions.Choices none() {
        return FilterOptions.Choices.of(List.of());
    }

    @Override
    public Optional<AssessmentDetail> find(String id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public DashboardSnapshot dashboard() {
        throw new UnsupportedOperationException();
    }
}
