package com.complianceportal.base.ui.error;

import com.complianceportal.i18n.Texts;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Any unexpected error while opening a page: a friendly message and a reference; the trace goes to the log. A vendor
 * that could not answer is said in plain words instead (screens normally show that in place, this is the last resort).
 * Deliberately outside the main layout, so that it still shows when the layout itself is what failed.
 */
@PermitAll
public class InternalErrorView extends ErrorPage implements HasErrorParameter<Exception>, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return Texts.t("error.internal.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var vendor = FailureText.in(parameter.getCaughtException());
        if (vendor.isPresent()) {
            show(Texts.t("error.vendor.title"), FailureText.of(vendor.get()));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String reference = ErrorReference.log(parameter.getCaughtException());
        show(Texts.t("error.internal.title"), Texts.t("error.internal.text", reference));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
