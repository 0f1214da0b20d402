package com.complianceportal.assessment.service.export;

import com.complianceportal.assessment.domain.AssessmentSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * An Excel workbook written through POI's streaming API: only the last {@link #WINDOW} rows stay in memory, the
 * rest go to a compressed temporary file until {@link #finish} zips the sheet onto the output stream.
 */
final class XlsxRowWriter implements RowWriter {

    /** An Excel sheet holds 1,048,576 rows; one is the header. */
    static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    static final int WINDOW = 100;
    static final String SHEET = "Assessments";
    static final String NOTE_SHEET = "Note";

    private final OutputStream out;
    private final List<ExportColumn> columns;
    private final int maxDataRows;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final XlsxCells cells;
    private int rows;

    XlsxRowWriter(OutputStream out, List<ExportColumn> columns, int maxDataRows) {
        this.out = out;
        this.columns = columns;
        this.maxDataRows = Math.min(maxDataRows, MAX_DATA_ROWS);
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(SHEET);
        cells = new XlsxCells(workbook);
        var header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            cells.header(header, i, columns.get(i).header());
            sheet.setColumnWidth(i, Math.max(columns.get(i).header().length() + 4, 14) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public boolean accepts() {
        return rows < maxDataRows;
    }

    @Override
    public void write(AssessmentSummary row) {
        var line = sheet.createRow(++rows);
        for (int i = 0; i < columns.size(); i++) {
            cells.value(line, i, columns.get(i).value().apply(row));
        }
    }

    @Override
    public void finish(@Nullable String note) throws IOException {
        sheet.setAutoFilter(new CellRangeAddress(0, rows, 0, columns.size() - 1));
        if (note != null) {
            addNote(note);
        }
        workbook.write(out);
        out.flush();
    }

    /** The note opens first, so that nobody takes a cut-off file for the whole register. */
    private void addNote(String text) {
        var note = workbook.createSheet(NOTE_SHEET);
        note.setColumnWidth(0, 120 * 256);
        note.createRow(0).createCell(0).setCellValue(text);
        sheet.setSelected(false);
        note.setSelected(true);
        workbook.setActiveSheet(workbook.getSheetIndex(note));
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.dispose();
        } finally {
            workbook.close();
        }
    }
}
