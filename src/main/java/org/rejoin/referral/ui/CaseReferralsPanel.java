package org.rejoin.referral.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.rejoin.referral.ReferralService;
import org.rejoin.referral.ReferralSummary;
import org.rejoin.security.UserAccount;

/** The case's referrals (a handful, so listed whole) with links to each, and "Refer to an agency". */
class CaseReferralsPanel extends Div {

    final Grid<ReferralSummary> grid = new Grid<>(ReferralSummary.class, false);
    final Paragraph none = new Paragraph("No referrals to other agencies yet.");
    final Paragraph done = new Paragraph();
    final Button refer = new Button("Refer to an agency", VaadinIcon.HANDSHAKE.create());
    ReferToAgencyDialog dialog;
    private final transient ReferralService referrals;
    private final transient UserAccount user;
    private final UUID caseId;
    private List<ReferralSummary> shown = List.of();

    /** {@code now}: the app clock's now, which the answer-by dates are read against. */
    CaseReferralsPanel(ReferralService referrals, UserAccount user, UUID caseId, boolean mayRefer, Runnable recorded,
                       Instant now) {
        this.referrals = referrals;
        this.user = user;
        this.caseId = caseId;
        addClassName("case-referrals");
        grid.addComponentColumn(r -> new Anchor(ReferralView.ROUTE_PREFIX + r.id(), r.agencyLabel()))
                .setHeader("Agency").setKey("agency").setAutoWidth(true);
        grid.addColumn(r -> r.status().label()).setHeader("Status").setKey("status").setAutoWidth(true);
        grid.addColumn(r -> ReferralText.date(r.requestedAt())).setHeader("Requested").setKey("requested");
        grid.addColumn(r -> r.sentAt() == null ? "Not yet" : ReferralText.date(r.sentAt())).setHeader("Sent")
                .setKey("sent");
        grid.addColumn(r -> ReferralText.answerBy(r, now)).setHeader("Answer by").setKey("answerBy");
        grid.addColumn(ReferralText::outcome).setHeader("Answer and outcome").setKey("outcome").setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Referrals of this case to other agencies");
        done.getElement().setAttribute("role", "status");
        add(new H2("Referrals to other agencies"), none, grid);
        if (mayRefer) {
            dialog = new ReferToAgencyDialog(referrals, user, caseId, agency -> {
                refresh();
                done.setText("Referral to " + agency + " started. The lead champion has a task to describe it; "
                        + "a leader approves it before it is sent.");
                recorded.run();
            });
            refer.addClickListener(e -> dialog.open());
            add(refer, done, dialog);
        }
        refresh();
    }

    boolean isEmpty() {
        return shown.isEmpty();
    }

    void refresh() {
        shown = referrals.referralsOfCase(user, caseId);
        grid.setItems(shown);
        grid.setVisible(!shown.isEmpty());
        none.setVisible(shown.isEmpty());
    }
}
