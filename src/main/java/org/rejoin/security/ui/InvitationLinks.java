package org.rejoin.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import org.rejoin.base.ui.UkDates;
import org.rejoin.security.IssuedInvitation;

/**
 * The links just issued, shown once to the administrator to pass on (Rejoin does not send email yet): each
 * works once, until it expires; only a hash of it is kept, so it cannot be shown again, only replaced.
 */
class InvitationLinks extends VerticalLayout {

    final Grid<IssuedInvitation> grid = new Grid<>(IssuedInvitation.class, false);
    private final List<IssuedInvitation> shown = new ArrayList<>();

    InvitationLinks() {
        setPadding(false);
        grid.addColumn(IssuedInvitation::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(IssuedInvitation::email).setHeader("Email").setAutoWidth(true);
        grid.addColumn(IssuedInvitation::link).setHeader("Link to pass on").setFlexGrow(2);
        grid.addColumn(i -> UkDates.format(i.expiresAt().atZone(UkDates.ZONE).toLocalDate())).setHeader("Works until")
                .setAutoWidth(true);
        grid.addComponentColumn(InvitationLinks::copyButton).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Invitation links to pass on");
        add(new H2("Invitation links to pass on"), new Paragraph("Send each person their own link, for example "
                + "from your school email. A link works once, for 7 days; it is shown only now, so copy it before "
                + "leaving this page (Send a new link replaces a lost one)."), grid);
        setVisible(false);
    }

    void add(List<IssuedInvitation> issued) {
        if (issued.isEmpty()) {
            return;
        }
        shown.addAll(0, issued);
        grid.setItems(shown);
        setVisible(true);
    }

    private static Button copyButton(IssuedInvitation invitation) {
        var copy = new Button("Copy link");
        copy.setAriaLabel("Copy the link for " + invitation.displayName());
        copy.addClickListener(e -> copy.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)",
                invitation.link()));
        return copy;
    }
}
