package com.complianceportal.audit.service;

/**
 * The source of an {@code AuthorizationDeniedEvent} that the UI publishes when a signed-in user's role may not open a
 * page: {@code path} is the address they asked for, without its query.
 */
public record DeniedRoute(String path) {
}
