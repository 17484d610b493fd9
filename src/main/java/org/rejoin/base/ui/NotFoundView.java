package org.rejoin.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page or record that does not exist or that this user may not see: the same answer for both,
 * so nobody learns which records exist elsewhere.
 */
@PageTitle("Not found | Rejoin")
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new H1("Not found"),
                new Paragraph("There is nothing here for you. The address may be mistyped, or the record is not "
                        + "one you have access to."),
                new Anchor("", "Go to the start page"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
