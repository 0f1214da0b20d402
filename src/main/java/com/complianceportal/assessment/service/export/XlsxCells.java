package com.complianceportal.assessment.service.export;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.jspecify.annotations.Nullable;

/** Typed cells: numbers as numbers, date-times as UTC date cells, dates as date cells, text as (never evaluated) text. */
final class XlsxCells {

    static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";
    static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final CellStyle dateTime;
    private final CellStyle date;
    private final CellStyle header;

    XlsxCells(Workbook workbook) {
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.createDataFormat().getFormat(DATE_TIME_FORMAT));
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
        header = workbook.createCellStyle();
        var bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
    }

    void header(Row row, int column, String text) {
        var cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(header);
    }

    /** Leaves no cell at all for a missing value, so empty stays empty (and costs nothing). */
    void value(Row row, int column, @Nullable Object value) {
        switch (value) {
            case null -> {
            }
            case OffsetDateTime time -> {
                var cell = row.createCell(column);
                cell.setCellValue(time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
                cell.setCellStyle(dateTime);
            }
            case LocalDate day -> {
                var cell = row.createCell(column);
                cell.setCellValue(day);
                cell.setCellStyle(date);
            }
            case Number number -> row.createCell(column).setCellValue(number.doubleValue());
            default -> row.createCell(column).setCellValue(fitting(value.toString()));
        }
    }

    /** Excel refuses longer text in a cell; vendor text has no such limit. */
    private static String fitting(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
