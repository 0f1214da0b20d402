package com.complianceportal.assessment.domain;

import java.util.List;

/** Values to offer in the register's filter pickers, as present in the data. */
public record FilterOptions(List<String> types, List<String> standards, List<String> ratings, List<String> countries,
        List<String> capaStatuses) {
}
