package com.complianceportal.assessment.service.export;

import static com.complianceportal.assessment.service.SampleAssessments.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.service.GeneratedAssessments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    private static String export(AssessmentSummary... rows) throws IOException {
        var exporter = new AssessmentExporter(GeneratedAssessments.of(List.of(rows)).service());
        var out = new ByteArrayOutputStream();
        exporter.write(ExportFormat.CSV, AssessmentFilter.NONE, List.of(), out, ExportProgress.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var parser = format.parse(new StringReader(csv.substring(1)))) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(
                    ExportColumns.ALL.stream().map(ExportColumn::header).toList());
            return parser.getRecords();
        }
    }

    @Test
    void starts_with_a_byte_order_mark_then_the_header_row() throws IOException {
        String csv = export(row(1));

        assertThat(csv).startsWith("\uFEFFAssessment ID,Case ID,Report ID,Status,");
        assertThat(csv).contains("\r\n");
        assertThat(ExportColumns.ALL).hasSizeGreaterThan(40);
    }

    @Test
    void holds_one_record_per_row_in_the_order_streamed() throws IOException {
        var records = parse(export(row(1), row(2), row(3)));

        assertThat(records).extracting(r -> r.get("Assessment ID")).containsExactly("100001-1", "100002-1", "100003-1");
    }

    @Test
    void writes_moments_in_utc_calendar_dates_as_days_and_numbers_plainly() throws IOException {
        var record = parse(export(row(1))).getFirst();

        assertThat(record.get("Due date")).isEqualTo("2026-04-16");
        assertThat(record.get("Started (UTC)")).isEqualTo("2026-03-03T08:30:00Z");
        assertThat(record.get("Updated (UTC)")).isEqualTo("2026-03-01T09:30:00Z");
        assertThat(record.get("Submitted (UTC)")).isEmpty();
        assertThat(record.get("Score")).isEqualTo("61.5");
        assertThat(record.get("Score %")).isEqualTo("61");
        assertThat(record.get("Critical findings")).isEqualTo("1");
        assertThat(record.get("Observation findings")).isEqualTo("0");
        assertThat(record.get("Total findings")).isEqualTo("6");
    }

    @Test
    void flattens_organisations_labels_and_custom_fields() throws IOException {
        var record = parse(export(row(1))).getFirst();

        assertThat(record.get("Standard")).isEqualTo("Environmental Audit");
        assertThat(record.get("Standard version")).isEqualTo("6.1");
        assertThat(record.get("Assessed organisation")).isEqualTo("Supplier 1 GmbH");
        assertThat(record.get("City")).isEqualTo("Lyon");
        assertThat(record.get("Country")).isEqualTo("FR");
        assertThat(record.get("Requester")).isEqualTo("Brand Buyer AG");
        assertThat(record.get("Executors")).isEqualTo("Audit Firm One; ORG-3");
        assertThat(record.get("CAPA labels")).isEqualTo("Priority=Low");
        assertThat(record.get("CAPA due date")).isEqualTo("2026-05-30");
        assertThat(record.get("Custom fields")).isEqualTo("Plant=P-1; Region=EMEA");
    }

    @Test
    void keeps_commas_quotes_line_breaks_and_accents_inside_a_cell() throws IOException {
        var records = parse(export(TrickyAssessments.withReason(TrickyAssessments.REASON), row(1)));

        assertThat(records).hasSize(2);
        assertThat(records.getFirst().get("Reason")).isEqualTo(TrickyAssessments.REASON);
        assertThat(records.getFirst().get("City")).isEqualTo("São Paulo");
    }

    @Test
    void puts_a_quote_before_text_that_a_spreadsheet_would_run_as_a_formula() throws IOException {
        var record = parse(export(TrickyAssessments.formulas())).getFirst();

        assertThat(record.get("Reason")).isEqualTo("'" + TrickyAssessments.FORMULA);
        assertThat(record.get("Case ID")).isEqualTo("'+CASE");
        assertThat(record.get("Report ID")).isEqualTo("'-RPT");
        assertThat(record.get("Status")).isEqualTo("'@Status");
        assertThat(record.get("Type")).isEqualTo("'\tType");
        assertThat(record.get("Workflow")).isEqualTo("'\rWorkflow");
        assertThat(record.get("Score")).as("a number is data, not a formula").isEqualTo("-5");
        assertThat(record.get("Rating")).isEqualTo("Good");
    }
}
