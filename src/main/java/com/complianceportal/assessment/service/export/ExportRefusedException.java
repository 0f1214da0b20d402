package com.complianceportal.assessment.service.export;

/** An export that was not started because too many are running; the message is safe to show and says what to do. */
public class ExportRefusedException extends RuntimeException {

    public ExportRefusedException(String message) {
        super(message, null, false, false);
    }
}
