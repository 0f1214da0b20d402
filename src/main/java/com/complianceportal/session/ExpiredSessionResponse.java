package com.complianceportal.session;

import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * The answer to a request in a session that was ended (expired in the registry): a Vaadin click gets Vaadin's own
 * "session expired" reply, on which the page reloads and lands on the login page; any other request is sent there.
 */
public final class ExpiredSessionResponse implements SessionInformationExpiredStrategy {

    private final String loginPath;

    public ExpiredSessionResponse(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        HttpServletRequest request = event.getRequest();
        HttpServletResponse response = event.getResponse();
        if ("uidl".equals(request.getParameter("v-r"))) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(VaadinService.createSessionExpiredJSON(false));
        } else {
            response.sendRedirect(request.getContextPath() + loginPath);
        }
    }
}
