package com.complianceportal.assessment.service.export;

import static com.complianceportal.assessment.service.SampleAssessments.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.complianceportal.assessment.domain.AssessmentFilter;
import com.complianceportal.assessment.domain.AssessmentSummary;
import com.complianceportal.assessment.service.GeneratedAssessments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxExportTest {

    private static XSSFWorkbook export(int rowLimit, List<AssessmentSummary> rows) throws IOException {
        var exporter = new AssessmentExporter(GeneratedAssessments.of(rows).service(), rowLimit);
        var out = new ByteArrayOutputStream();
        exporter.write(ExportFormat.XLSX, AssessmentFilter.NONE, List.of(), out, ExportProgress.NONE);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static XSSFWorkbook export(AssessmentSummary... rows) throws IOException {
        return export(XlsxRowWriter.MAX_DATA_ROWS, List.of(rows));
    }

    private static int column(String header) {
        return IntStream.range(0, ExportColumns.ALL.size())
                .filter(i -> ExportColumns.ALL.get(i).header().equals(header)).findFirst().orElseThrow();
    }

    @Test
    void has_a_bold_frozen_header_row_with_an_auto_filter_over_the_data() throws IOException {
        try (var workbook = export(row(1), row(2))) {
            XSSFSheet sheet = workbook.getSheet(XlsxRowWriter.SHEET);
            Row header = sheet.getRow(0);

            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Assessment ID");
            assertThat(header.getLastCellNum()).isEqualTo((short) ExportColumns.ALL.size());
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).endsWith("3").startsWith("A1:");
        }
    }

    @Test
    void holds_one_row_per_assessment_with_typed_cells() throws IOException {
        try (var workbook = export(row(1), row(2), row(3))) {
            var sheet = workbook.getSheet(XlsxRowWriter.SHEET);
            Row first = sheet.getRow(1);

            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertThat(first.getCell(column("Assessment ID")).getStringCellValue()).isEqualTo("100001-1");
            assertThat(first.getCell(column("Score")).getNumericCellValue()).isEqualTo(61.5);
            assertThat(first.getCell(column("Score %")).getNumericCellValue()).isEqualTo(61);
            assertThat(first.getCell(column("Total findings")).getNumericCellValue()).isEqualTo(6);
            var due = first.getCell(column("Due date"));
            assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
            assertThat(due.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 4, 16, 0, 0));
            var started = first.getCell(column("Started (UTC)"));
            assertThat(DateUtil.isCellDateFormatted(started)).isTrue();
            assertThat(started.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 3, 8, 30));
            assertThat(first.getCell(column("Submitted (UTC)"))).isNull();
        }
    }

    @Test
    void keeps_formula_like_vendor_text_as_plain_text() throws IOException {
        try (var workbook = export(TrickyAssessments.formulas())) {
            var reason = workbook.getSheet(XlsxRowWriter.SHEET).getRow(1).getCell(column("Reason"));

            assertThat(reason.getCellType()).isEqualTo(CellType.STRING);
            assertThat(reason.getStringCellValue()).isEqualTo(TrickyAssessments.FORMULA);
        }
    }

    @Test
    void shortens_text_longer_than_a_cell_can_hold() throws IOException {
        try (var workbook = export(TrickyAssessments.withReason("x".repeat(40_000)))) {
            var reason = workbook.getSheet(XlsxRowWriter.SHEET).getRow(1).getCell(column("Reason"));

            assertThat(reason.getStringCellValue()).hasSize(32_767).endsWith("…");
        }
    }

    @Test
    void stops_at_the_row_limit_and_says_so_on_a_note_that_opens_first() throws IOException {
        var rows = IntStream.range(0, 5).mapToObj(i -> row(i)).toList();
        try (var workbook = export(2, rows)) {
            var note = workbook.getSheet(XlsxRowWriter.NOTE_SHEET);

            assertThat(workbook.getSheet(XlsxRowWriter.SHEET).getLastRowNum()).isEqualTo(2);
            assertThat(note.getRow(0).getCell(0).getStringCellValue()).contains("first 2 of 5 assessments")
                    .contains("CSV");
            assertThat(workbook.getActiveSheetIndex()).isEqualTo(workbook.getSheetIndex(note));
        }
    }

    @Test
    void a_file_cut_at_the_sources_export_limit_says_so_on_the_note() throws IOException {
        var rows = IntStream.range(0, 5).mapToObj(i -> row(i)).toList();
        var exporter = new AssessmentExporter(GeneratedAssessments.of(rows).limitedTo(3).service());
        var out = new ByteArrayOutputStream();
        exporter.write(ExportFormat.XLSX, AssessmentFilter.NONE, List.of(), out, ExportProgress.NONE);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var note = workbook.getSheet(XlsxRowWriter.NOTE_SHEET);

            assertThat(workbook.getSheet(XlsxRowWriter.SHEET).getLastRowNum()).isEqualTo(3);
            assertThat(note.getRow(0).getCell(0).getStringCellValue()).contains("first 3 of 5 assessments")
                    .contains("gives at most 3 rows to one export").doesNotContain("CSV");
            assertThat(workbook.getActiveSheetIndex()).isEqualTo(workbook.getSheetIndex(note));
        }
    }

    @Test
    void adds_no_note_when_the_set_fits_exactly() throws IOException {
        var rows = IntStream.range(0, 3).mapToObj(i -> row(i)).toList();
        try (var workbook = export(3, rows)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertThat(workbook.getSheet(XlsxRowWriter.SHEET).getLastRowNum()).isEqualTo(3);
        }
    }
}
