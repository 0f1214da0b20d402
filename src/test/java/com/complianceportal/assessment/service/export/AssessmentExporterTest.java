package com.complianceportal.assessment.service.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.SourceCapabilities;
import com.complianceportal.assessment.service.GeneratedAssessments;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AssessmentExporterTest {

    /** Counts bytes and line ends, keeping nothing, as a browser download would. */
    static final class CountingStream extends OutputStream {
        long bytes;
        long lineEnds;
        boolean closed;

        @Override
        public void write(int b) {
            bytes++;
            if (b == '\n') {
                lineEnds++;
            }
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private final List<long[]> reports = new ArrayList<>();
    private final ExportProgress progress = (rows, total) -> reports.add(new long[] {rows, total});

    @Test
    void file_name_carries_the_date_and_the_format() {
        var exporter = new AssessmentExporter(new GeneratedAssessments(0).service());

        assertThat(exporter.fileName(ExportFormat.CSV, LocalDate.of(2026, 11, 25)))
                .isEqualTo("assessments-2026-11-25.csv");
        assertThat(exporter.fileName(ExportFormat.XLSX, LocalDate.of(2027, 1, 2)))
                .isEqualTo("assessments-2027-01-02.xlsx");
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void reports_progress_every_thousand_rows_with_the_expected_total(ExportFormat format) throws IOException {
        var exporter = new AssessmentExporter(new GeneratedAssessments(2_500).service());

        exporter.write(format, AssessmentFilter.NONE, List.of(), new CountingStream(), progress);

        assertThat(reports).containsExactly(new long[] {0, 2_500}, new long[] {1_000, 2_500},
                new long[] {2_000, 2_500}, new long[] {2_500, 2_500});
    }

    @Test
    void streams_two_hundred_thousand_rows_to_csv_in_one_pass_without_paging() throws IOException {
        var source = new GeneratedAssessments(200_000);
        var out = new CountingStream();

        new AssessmentExporter(source.service()).write(ExportFormat.CSV, AssessmentFilter.NONE, List.of(), out,
                progress);

        assertThat(source.streams()).isEqualTo(1);
        assertThat(out.lineEnds).as("header plus one line per row").isEqualTo(200_001);
        assertThat(reports.getLast()).containsExactly(200_000, 200_000);
        assertThat(reports).hasSize(202);
    }

    @Test
    void streams_fifty_thousand_rows_to_xlsx_through_the_row_window() throws IOException {
        var source = new GeneratedAssessments(50_000);
        var out = new CountingStream();

        new AssessmentExporter(source.service()).write(ExportFormat.XLSX, AssessmentFilter.NONE, List.of(), out,
                progress);

        assertThat(source.streams()).isEqualTo(1);
        assertThat(out.bytes).isGreaterThan(1_000_000);
        assertThat(reports.getLast()).containsExactly(50_000, 50_000);
    }

    @Test
    void stops_reading_the_source_once_the_sheet_is_full_even_when_the_source_wraps_errors() throws IOException {
        var source = new GeneratedAssessments(10).wrappingErrors();

        new AssessmentExporter(source.service(), 4).write(ExportFormat.XLSX, AssessmentFilter.NONE, List.of(),
                new CountingStream(), progress);

        assertThat(source.rowsProduced()).as("four written, the fifth refused").isEqualTo(5);
        assertThat(reports.getLast()).containsExactly(4, 10);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void stops_at_the_sources_export_limit_and_says_why_and_how_to_get_the_rest(ExportFormat format)
            throws IOException {
        var source = new GeneratedAssessments(2_500).limitedTo(1_200);
        var out = new CountingStream();

        ExportResult result = new AssessmentExporter(source.service()).write(format, AssessmentFilter.NONE, List.of(),
                out, progress);

        assertThat(result.rows()).isEqualTo(1_200);
        assertThat(result.total()).isEqualTo(2_500);
        assertThat(result.complete()).isFalse();
        assertThat(result.note()).isEqualTo("This file holds the first 1,200 of 2,500 assessments: generated rows "
                + "gives at most 1,200 rows to one export. Narrow the filters and export again to get the rest.");
        assertThat(reports.getFirst()).as("progress counts towards the limit").containsExactly(0, 1_200);
        assertThat(reports.getLast()).containsExactly(1_200, 1_200);
        if (format == ExportFormat.CSV) {
            assertThat(out.lineEnds).as("header plus the rows, no note line").isEqualTo(1_201);
        }
    }

    @Test
    void stops_a_source_that_streams_past_its_own_limit() throws IOException {
        var source = new GeneratedAssessments(30) {
            @Override
            public SourceCapabilities capabilities() {
                var all = super.capabilities();
                return new SourceCapabilities(all.name(), all.sortable(), all.maxSortKeys(), all.filters(),
                        all.options(), 10);
            }
        };

        ExportResult result = new AssessmentExporter(source.service()).write(ExportFormat.CSV, AssessmentFilter.NONE,
                List.of(), new CountingStream(), progress);

        assertThat(result.rows()).isEqualTo(10);
        assertThat(source.rowsProduced()).as("ten written, the eleventh refused").isEqualTo(11);
        assertThat(result.note()).contains("first 10 of 30");
    }

    @Test
    void an_export_within_the_limit_is_complete() throws IOException {
        ExportResult result = new AssessmentExporter(new GeneratedAssessments(1_200).limitedTo(1_200).service())
                .write(ExportFormat.CSV, AssessmentFilter.NONE, List.of(), new CountingStream(), progress);

        assertThat(result.complete()).isTrue();
        assertThat(result.rows()).isEqualTo(1_200);
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void leaves_the_output_stream_open_for_its_owner(ExportFormat format) throws IOException {
        var out = new CountingStream();

        new AssessmentExporter(new GeneratedAssessments(3).service()).write(format, AssessmentFilter.NONE, List.of(),
                out, progress);

        assertThat(out.closed).isFalse();
        assertThat(out.bytes).isPositive();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void passes_on_a_broken_download_as_an_io_exception(ExportFormat format) {
        var broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Connection reset by peer");
            }
        };
        var exporter = new AssessmentExporter(new GeneratedAssessments(2_000).wrappingErrors().service());

        assertThatThrownBy(() -> exporter.write(format, AssessmentFilter.NONE, List.of(), broken, progress))
                .isInstanceOf(IOException.class).hasMessageContaining("Connection reset");
    }
}
