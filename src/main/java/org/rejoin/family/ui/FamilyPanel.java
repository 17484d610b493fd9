package org.rejoin.family.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.rejoin.base.ui.UkDates;
import org.rejoin.family.FamilyMember;
import org.rejoin.family.FamilyService;
import org.rejoin.family.FamilyWord;
import org.rejoin.family.internal.FamilyWords;
import org.rejoin.security.UserAccount;

/**
 * The family page on the case page: the lead champion invites parents or carers with parental responsibility
 * (and the pupil, where the school decides it suits) and withdraws them; everyone on the case reads what the
 * family said, as they said it.
 */
class FamilyPanel extends Section {

    final UnorderedList members = new UnorderedList();
    final Div invite = new Div();
    final UnorderedList said = new UnorderedList();
    private final FamilyService family;
    private final UserAccount user;
    private final UUID caseId;
    private final boolean lead;
    private final Runnable recorded;

    FamilyPanel(FamilyService family, UserAccount user, UUID caseId, boolean lead, Runnable recorded) {
        this.family = family;
        this.user = user;
        this.caseId = caseId;
        this.lead = lead;
        this.recorded = recorded;
        addClassName("family-page");
        members.addClassName("family-members");
        said.addClassName("family-said");
        add(new H2("Family page"), new Paragraph("Parents, carers and the pupil can see the plan in plain words, agree "
                + "it or say what they would change, and give their view before each review."), members, invite,
                new H3("What the family said"), said);
        refresh();
    }

    private void refresh() {
        members.removeAll();
        for (FamilyMember m : family.members(user, caseId)) {
            var item = new ListItem(m.name() + (m.pupil() ? " (the pupil)" : "") + ", " + m.email()
                    + (m.live() ? ": invited " + UkDates.formatDateTime(m.invitedAt())
                    : ": withdrawn " + UkDates.formatDateTime(m.withdrawnAt())));
            if (lead && m.live()) {
                var withdraw = new Button("Withdraw", e -> act(() -> family.withdraw(user, caseId, m.id()),
                        m.name() + " can no longer open the family page"));
                withdraw.addClassName("family-withdraw");
                item.add(withdraw);
            }
            members.add(item);
        }
        invite.removeAll();
        if (lead) {
            family.invitable(user, caseId).forEach(c -> {
                var button = new Button("Invite " + c.name() + " (" + c.relationship() + ")", e -> act(
                        () -> family.inviteContact(user, caseId, c.id()), "A link is on its way to " + c.name()));
                button.addClassName("family-invite");
                invite.add(button);
            });
            var name = new TextField("Pupil's first name");
            var email = new EmailField("Pupil's email address");
            var pupil = new Button("Invite the pupil", e -> act(() -> family.invitePupil(user, caseId,
                    name.getValue(), email.getValue()), "A link is on its way to the pupil"));
            invite.add(new HorizontalLayout(name, email, pupil));
        }
        said.removeAll();
        for (FamilyWord w : family.words(user, caseId)) {
            var item = new ListItem(w.memberName() + ", " + UkDates.formatDateTime(w.givenAt()) + ": "
                    + w.kind().label());
            w.answers().forEach((key, value) -> item.add(new Paragraph(FamilyWords.VIEW_LABELS
                    .getOrDefault(key, "What they would change") + ": " + value)));
            said.add(item);
        }
        if (said.getChildren().findAny().isEmpty()) {
            said.add(new ListItem("Nothing yet."));
        }
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done);
            refresh();
            recorded.run();
        } catch (IllegalArgumentException | IllegalStateException e) {
            Notification.show(e.getMessage());
        }
    }
}
