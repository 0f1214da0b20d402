package com.complianceportal.base.ui.error;

import com.complianceportal.base.ui.MainLayout;
import com.complianceportal.i18n.Texts;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** An unknown address, or a page the user's role may not open: shown inside the layout. */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return Texts.t("error.notFound.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(Texts.t("error.notFound.title"), Texts.t("error.notFound.text", event.getLocation().getPath()));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
