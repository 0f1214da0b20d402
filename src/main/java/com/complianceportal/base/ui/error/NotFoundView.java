package com.complianceportal.base.ui.error;

import com.complianceportal.base.ui.MainLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** An unknown address, or a page the user's role may not open: shown inside the layout. */
@ParentLayout(MainLayout.class)
@PageTitle("Page not found")
@PermitAll
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show("Page not found", "There is no page at /" + event.getLocation().getPath()
                + ", or it is not open to your role. Check the address, or use the navigation.");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
