package com.complianceportal.assessment.domain;

import java.util.List;

/**
 * Values to offer in the register's filter pickers. A source that can list what its data holds gives those values; one
 * that cannot gives a fixed vocabulary, or none with {@code freeEntry}, so that the user types the value.
 */
public record FilterOptions(Choices types, Choices standards, Choices ratings, Choices countries,
        Choices capaStatuses) {

    /** The values of one picker, and whether other values may be typed. */
    public record Choices(List<String> values, boolean freeEntry) {

        public Choices {
            values = List.copyOf(values);
        }

        public static Choices of(List<String> values) {
            return new Choices(values, false);
        }

        public static Choices typed(List<String> suggestions) {
            return new Choices(suggestions, true);
        }
    }
}
