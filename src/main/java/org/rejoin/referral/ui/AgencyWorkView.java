package org.rejoin.referral.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.referral.AgencyInfo;
import org.rejoin.referral.AgencyService;
import org.rejoin.referral.ReferralService;
import org.rejoin.referral.ReferralStatus;
import org.rejoin.referral.ReferralSummary;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.UserAccount;

/**
 * A partner's start page: the referrals schools have sent to their agency, newest first, paged in the
 * database, with the date each answer is due (and "overdue" in words once it has passed).
 */
@Route(value = "agency", layout = MainLayout.class)
@PageTitle("Agency work | Rejoin")
@Menu(order = 0, title = "Agency work", icon = "vaadin:handshake")
@RolesAllowed("PARTNER")
public class AgencyWorkView extends VerticalLayout {

    final Select<ReferralStatus> show = new Select<>();
    final Grid<ReferralSummary> grid = new Grid<>(ReferralSummary.class, false);

    public AgencyWorkView(AgencyService agencies, ReferralService referrals, CurrentUser currentUser, Clock clock) {
        UserAccount user = currentUser.require();
        String agency = user.agency().flatMap(agencies::find).map(AgencyInfo::name).orElse("your agency");
        setSizeFull();
        show.setLabel("Show");
        show.setItems(List.of(ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.DECLINED,
                ReferralStatus.COMPLETED, ReferralStatus.WITHDRAWN));
        show.setEmptySelectionAllowed(true);
        show.setEmptySelectionCaption("All referrals");
        show.setItemLabelGenerator(s -> s == null ? "All referrals" : s.label());
        show.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addColumn(r -> r.pupilName() + " (UPN " + r.upn() + ", Year " + r.yearGroup() + ")").setHeader("Pupil")
                .setKey("pupil").setAutoWidth(true);
        grid.addColumn(ReferralSummary::schoolName).setHeader("School").setKey("school").setAutoWidth(true);
        grid.addColumn(r -> r.agencyType().label()).setHeader("Service").setKey("service").setAutoWidth(true);
        grid.addColumn(r -> r.status().label()).setHeader("Status").setKey("status").setAutoWidth(true);
        grid.addColumn(r -> ReferralText.date(r.sentAt())).setHeader("Received").setKey("received");
        grid.addColumn(r -> ReferralText.answerBy(r, Instant.now(clock))).setHeader("Answer by").setKey("answerBy")
                .setAutoWidth(true);
        grid.addComponentColumn(r -> new Anchor(ReferralView.ROUTE_PREFIX + r.id(), "Open the referral of "
                + r.pupilName())).setHeader("Referral").setKey("open").setAutoWidth(true);
        grid.setItems(query -> referrals.referralsToMyAgency(user, show.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setPartNameGenerator(r -> r.isAnswerOverdue(Instant.now(clock)) ? "overdue" : null);
        grid.setAriaLabel("Referrals to " + agency);
        grid.setEmptyStateComponent(new Span("No referrals here. When a school refers a pupil to " + agency
                + ", it appears here with what the school has shared."));

        add(new H1("Work for " + agency), new Paragraph("Pupils schools have referred to " + agency + ". Open a "
                + "referral to read what the school shares; accept or decline it from your tasks."), show, grid);
    }
}
