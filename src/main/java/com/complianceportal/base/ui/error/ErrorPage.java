package com.complianceportal.base.ui.error;

import com.complianceportal.i18n.Texts;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The body shared by the portal's error pages: a heading, an explanation and a way back. */
class ErrorPage extends VerticalLayout {

    private final H2 heading = new H2();
    private final Paragraph explanation = new Paragraph();

    ErrorPage() {
        addClassName("error-page");
        add(heading, explanation, new Anchor("", Texts.t("error.toStart")));
    }

    void show(String title, String text) {
        heading.setText(title);
        explanation.setText(text);
    }
}
