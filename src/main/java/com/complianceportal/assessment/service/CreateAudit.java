package com.complianceportal.assessment.service;

import com.complianceportal.audit.domain.AuditAction;
import com.complianceportal.audit.service.AuditLog;
import com.complianceportal.assessment.domain.CreatedAssessment;
import com.complianceportal.assessment.domain.CreationResult;
import com.complianceportal.assessment.domain.NewAssessmentRequest;
import com.complianceportal.base.failure.SourceFailure;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Audit entries of assessment creates, in both modes: created (target: the assessment's id), refused (target: the
 * entity) or failed without an answer (target: the entity), each with the mode, the entity, the template and the
 * outcome. A repeated submit, answered with the first result, creates nothing and is not recorded again.
 */
@Component
class CreateAudit {

    private final AuditLog audit;
    private final String mode;

    CreateAudit(AuditLog audit, @Value("${portal.source:local}") String mode) {
        this.audit = audit;
        this.mode = mode;
    }

    void result(String user, NewAssessmentRequest request, CreationResult result) {
        switch (result) {
            case CreationResult.Created(CreatedAssessment created) when !created.repeated() -> audit.record(user,
                    AuditAction.ASSESSMENT_CREATED, created.assessmentId() != null ? created.assessmentId()
                            : created.id(), about(request) + " id=" + created.id() + " status="
                            + named(created.statusName(), created.statusId()) + " outcome="
                            + named(created.outcomeName(), created.outcomeId()) + " workflow="
                            + created.workflowState(), remoteAddress());
            case CreationResult.EntityNotFound entity -> refused(user, request, "entity not found");
            case CreationResult.TemplateNotFound template -> refused(user, request, "template not found");
            case CreationResult.OpenAssessmentExists open -> refused(user, request,
                    "open assessment exists: " + open.assessmentId() + " (" + open.status() + ")");
            case CreationResult.VendorRefused refusal -> refused(user, request, "vendor refused: "
                    + refusal.refusal() + (refusal.vendorMessage() == null ? "" : " " + refusal.vendorMessage()));
            default -> {
                // A repeated submit or one still running: nothing new was created.
            }
        }
    }

    void failed(String user, NewAssessmentRequest request, RuntimeException failure) {
        String why = failure instanceof SourceFailure source ? source.getClass().getSimpleName() + " "
                + source.getMessage() : failure.getClass().getSimpleName();
        audit.record(user, AuditAction.ASSESSMENT_CREATE_FAILED, request.entityId().toString(),
                about(request) + " outcome=failed: " + why, remoteAddress());
    }

    private void refused(String user, NewAssessmentRequest request, String why) {
        audit.record(user, AuditAction.ASSESSMENT_CREATE_REFUSED, request.entityId().toString(),
                about(request) + " outcome=refused: " + why, remoteAddress());
    }

    private String about(NewAssessmentRequest request) {
        return "mode=" + mode + " entity=" + request.entityId() + " template=" + request.templateId();
    }

    private static String named(@Nullable String name, @Nullable String id) {
        return name != null ? name : id != null ? id : "none";
    }

    private static @Nullable String remoteAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }
}
