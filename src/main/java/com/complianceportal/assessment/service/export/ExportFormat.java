package com.complianceportal.assessment.service.export;

/** The file formats the register can be exported in. */
public enum ExportFormat {
    CSV("CSV", "text/csv;charset=UTF-8", "csv"),
    XLSX("Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String label;
    private final String mediaType;
    private final String extension;

    ExportFormat(String label, String mediaType, String extension) {
        this.label = label;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** What users call the format, e.g. "Excel". */
    public String label() {
        return label;
    }

    /** The HTTP content type of the file. */
    public String mediaType() {
        return mediaType;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }
}
