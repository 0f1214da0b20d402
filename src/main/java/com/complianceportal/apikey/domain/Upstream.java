package com.complianceportal.apikey.domain;

/** The vendor APIs that the portal calls on a user's behalf, each with the request header that carries the key. */
public enum Upstream {
    RISE("Rise", "assessment register", "apiKey"),
    MAXSIGHT("Maxsight", "assessment workflow", "apikey");

    private final String label;
    private final String purpose;
    private final String header;

    Upstream(String label, String purpose, String header) {
        this.label = label;
        this.purpose = purpose;
        this.header = header;
    }

    /** The vendor's name as users know it. */
    public String label() {
        return label;
    }

    /** What the portal uses this API for, in users' words. */
    public String purpose() {
        return purpose;
    }

    /** The HTTP request header that carries the key (the two vendors spell it differently). */
    public String header() {
        return header;
    }
}
