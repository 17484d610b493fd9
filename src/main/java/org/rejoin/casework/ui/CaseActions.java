package org.rejoin.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import org.rejoin.casework.CaseDetails;
import org.rejoin.casework.CaseState;
import org.rejoin.casework.Chronology;
import org.rejoin.security.UserAccount;

/**
 * "Raise a safeguarding concern": always one click away on an open case. The concern goes at once to
 * the school's designated safeguarding leads as an urgent task; the journey carries on.
 */
class CaseActions extends Div {

    final Button raise = new Button("Raise a safeguarding concern", VaadinIcon.EXCLAMATION_CIRCLE_O.create());
    final Dialog dialog = new Dialog();
    final TextArea concern = new TextArea("What is the concern?");
    final Button send = new Button("Send to the safeguarding lead now");
    final Paragraph sent = new Paragraph();
    private final transient Chronology chronology;
    private final transient UserAccount user;
    private final UUID caseId;
    private final transient Runnable onRaised;

    CaseActions(Chronology chronology, UserAccount user, CaseDetails details, Runnable onRaised) {
        this.chronology = chronology;
        this.user = user;
        this.caseId = details.summary().id();
        this.onRaised = onRaised;
        addClassName("case-actions");
        sent.getElement().setAttribute("role", "status");
        if (details.summary().state() == CaseState.CLOSED) {
            add(new Paragraph("This case is closed. For a new safeguarding concern, follow your school's "
                    + "safeguarding procedure."));
            return;
        }
        raise.addThemeVariants(ButtonVariant.LUMO_ERROR);
        raise.addClickListener(e -> dialog.open());
        concern.setHelperText("Say what you saw or heard, in the words used. Do not investigate.");
        concern.setWidth("36rem");
        concern.setMinHeight("8rem");
        concern.setMaxLength(10_000);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        send.addClickListener(e -> send());
        dialog.setHeaderTitle("Raise a safeguarding concern");
        dialog.add(new Paragraph("If a child is in immediate danger, call 999 first."), concern);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), send);
        add(raise, sent, dialog);
    }

    void send() {
        try {
            chronology.raiseSafeguardingConcern(user, caseId, concern.getValue());
        } catch (IllegalArgumentException e) {
            concern.setErrorMessage(e.getMessage());
            concern.setInvalid(true);
            return;
        }
        concern.clear();
        concern.setInvalid(false);
        dialog.close();
        sent.setText("Your concern was recorded and sent to the designated safeguarding lead as an urgent task.");
        onRaised.run();
    }
}
