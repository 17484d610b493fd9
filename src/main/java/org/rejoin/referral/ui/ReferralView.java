package org.rejoin.referral.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.base.ui.RouteIds;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.InboxTask;
import org.rejoin.referral.ReferralDetails;
import org.rejoin.referral.ReferralProcess;
import org.rejoin.referral.ReferralService;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;

/**
 * One referral as the agency's partner (or the school) sees it: the pupil, what the school shares, where
 * the referral is and its history, and the steps waiting for this person. Another agency's referral, or
 * one that does not exist, is "not found" (and the attempt audited by the service).
 */
@Route(value = "referrals/:referralId", layout = MainLayout.class)
@PageTitle("Referral | Rejoin")
@RolesAllowed({"PARTNER", "ATTENDANCE_CHAMPION", "LEADER", "SCHOOL_STAFF"})
public class ReferralView extends VerticalLayout implements BeforeEnterObserver {

    static final String ROUTE_PREFIX = "referrals/";

    private final transient ReferralService referrals;
    private final transient InboxService inbox;
    private final transient UserAccount user;
    private final transient Clock clock;
    ReferralFacts facts;
    final UnorderedList steps = new UnorderedList();
    Button withdraw;
    final Paragraph done = new Paragraph();
    WithdrawReferralDialog dialog;

    public ReferralView(ReferralService referrals, InboxService inbox, CurrentUser currentUser, Clock clock) {
        this.clock = clock;
        this.referrals = referrals;
        this.inbox = inbox;
        this.user = currentUser.require();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ReferralDetails found = RouteIds.uuid(event, "referralId").flatMap(id -> referrals.referral(user, id))
                .orElse(null);
        if (found == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found);
    }

    private void show(ReferralDetails details) {
        removeAll();
        steps.removeAll();
        done.setText("");
        withdraw = null;
        facts = new ReferralFacts(details, Instant.now(clock));
        add(new H1("Referral of " + details.summary().pupilName() + " to " + details.summary().agencyLabel()), facts,
                new H2("Waiting for you"));
        List<InboxTask> open = openSteps(details);
        open.forEach(t -> steps.add(new ListItem(new Anchor("tasks/" + t.id(), t.name()))));
        steps.getElement().setAttribute("aria-label", "Your open steps for this referral");
        add(open.isEmpty() ? new Paragraph("No step of this referral is waiting for you.") : steps,
                new Anchor("inbox", "All your tasks"));
        if (mayWithdraw(details)) {
            dialog = new WithdrawReferralDialog(referrals, user, details.summary().id(),
                    details.summary().agencyLabel(), () -> withdrawn(details));
            withdraw = new Button("Withdraw this referral", e -> dialog.open());
            add(new H2("No longer needed?"), new Paragraph("If the parents or carers withdraw their consent, or "
                    + "the pupil no longer needs this agency, withdraw the referral."), withdraw, dialog);
        }
        done.getElement().setAttribute("role", "status");
        add(done);
        if (user.role() != Role.PARTNER) {
            add(new Anchor("cases/" + details.summary().caseId(), "Back to the case"));
        }
    }

    private boolean mayWithdraw(ReferralDetails details) {
        return details.summary().status().isUnderWay()
                && (user.hasRole(Role.ATTENDANCE_CHAMPION) || user.hasRole(Role.LEADER));
    }

    private void withdrawn(ReferralDetails before) {
        referrals.referral(user, before.summary().id()).ifPresent(this::show);
        done.setText("Referral withdrawn. Its open steps close and the agency is told.");
    }

    /** This referral's open steps this person may take: the inbox scopes them to their school or agency. */
    private List<InboxTask> openSteps(ReferralDetails details) {
        Long instance = details.processInstanceKey();
        return inbox.openStepsOfCase(user, details.summary().caseId()).stream()
                .filter(t -> ReferralProcess.PROCESS_ID.equals(t.processId()))
                .filter(t -> instance == null || instance == t.processInstanceKey())
                .filter(t -> t.assignee() == null || Objects.equals(t.assignee(), user.username()))
                .toList();
    }
}
