package com.complianceportal.audit.service;

/** As many exports of the audit log as the portal allows at once are being written; this one was not started. */
public class AuditExportBusyException extends RuntimeException {

    public AuditExportBusyException() {
        super("An export of the audit log is already running. Try again when it has finished.");
    }
}
