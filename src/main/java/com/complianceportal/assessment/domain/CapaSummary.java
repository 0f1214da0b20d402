package com.complianceportal.assessment.domain;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Corrective and preventive action plan of an assessment (list view); its due date is a calendar date. */
public record CapaSummary(String id, String status, List<Label> labels, @Nullable LocalDate dueDate) {

    public CapaSummary {
        labels = List.copyOf(labels);
    }

    /** A CAPA label such as Priority = High. */
    public record Label(String name, String value) {
    }
}
