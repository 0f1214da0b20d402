package com.complianceportal.audit.ui;

import com.complianceportal.audit.service.DeniedRoute;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Where Vaadin sends a signed-in user whose role may not open a page: the refusal is published as Spring Security's
 * {@link AuthorizationDeniedEvent} (the audit log records it), then the user sees "page not found", as Vaadin's own
 * handler does, so that the page's existence is not revealed.
 */
@Tag(Tag.DIV)
@PermitAll
public class RouteDenials extends Component implements HasErrorParameter<AccessDeniedException> {

    private final transient ApplicationEventPublisher events;

    RouteDenials(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        events.publishEvent(new AuthorizationDeniedEvent<>(() -> authentication,
                new DeniedRoute(event.getLocation().getPath()), new AuthorizationDecision(false)));
        event.rerouteToError(NotFoundException.class, parameter.getCustomMessage());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
