package com.complianceportal.base.ui.error;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Any unexpected error while opening a page: a friendly message and a reference; the trace goes to the log. A vendor
 * that could not answer is said in plain words instead (screens normally show that in place, this is the last resort).
 * Deliberately outside the main layout, so that it still shows when the layout itself is what failed.
 */
@PageTitle("Something went wrong")
@PermitAll
public class InternalErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var vendor = FailureText.in(parameter.getCaughtException());
        if (vendor.isPresent()) {
            show("This page could not be loaded", FailureText.of(vendor.get()));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String reference = ErrorReference.log(parameter.getCaughtException());
        show("Something went wrong", "This page could not be opened. Try again in a moment; if it keeps happening, "
                + "tell your administrator the reference " + reference + ".");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
