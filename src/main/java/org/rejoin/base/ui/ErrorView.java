package org.rejoin.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Any unexpected failure: a plain message and a reference to quote, never a stack trace. */
@PageTitle("Something went wrong | Rejoin")
@PermitAll
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error, reference {}", reference, parameter.getCaughtException());
        removeAll();
        add(new H1("Something went wrong"),
                new Paragraph("Rejoin could not show this page. Nothing you saved has been lost. "
                        + "If it happens again, tell your administrator and quote reference " + reference + "."),
                new Anchor("", "Go to the start page"));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
