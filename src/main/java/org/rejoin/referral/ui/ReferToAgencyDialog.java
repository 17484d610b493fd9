package org.rejoin.referral.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import java.util.function.Consumer;
import org.rejoin.referral.AgencyType;
import org.rejoin.referral.ReferralRefusedException;
import org.rejoin.referral.ReferralService;
import org.rejoin.security.UserAccount;
import org.springframework.security.access.AccessDeniedException;

/**
 * Refers the pupil by hand: which agency and why. A refusal is shown next to the field it is about and
 * everything typed stays, so nothing has to be written twice.
 */
class ReferToAgencyDialog extends Dialog {

    final Select<AgencyType> agency = new Select<>();
    final TextArea why = new TextArea("Why does the pupil need this agency?");
    final Button start = new Button("Start the referral");
    final Paragraph problem = new Paragraph();
    private final transient ReferralService referrals;
    private final transient UserAccount user;
    private final UUID caseId;
    private final transient Consumer<String> started;

    ReferToAgencyDialog(ReferralService referrals, UserAccount user, UUID caseId, Consumer<String> started) {
        this.referrals = referrals;
        this.user = user;
        this.caseId = caseId;
        this.started = started;
        setHeaderTitle("Refer to an agency");
        agency.setLabel("Agency");
        agency.setItems(AgencyType.values());
        agency.setItemLabelGenerator(AgencyType::label);
        agency.setPlaceholder("Choose the agency");
        agency.setRequiredIndicatorVisible(true);
        why.setHelperText("What worries you and what you hope the agency will do. The lead champion describes the "
                + "referral in full next; a leader approves it before it is sent.");
        why.setRequiredIndicatorVisible(true);
        why.setMaxLength(4000);
        why.setWidth("36rem");
        why.setMinHeight("8rem");
        problem.getElement().setAttribute("role", "alert");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> submit());
        add(agency, why, problem);
        getFooter().add(new Button("Cancel", e -> close()), start);
    }

    void submit() {
        agency.setInvalid(false);
        why.setInvalid(false);
        problem.setText("");
        boolean missing = refuse(agency.getValue() == null, ReferralRefusedException.Field.AGENCY,
                "Choose the agency to refer to");
        missing |= refuse(why.getValue().isBlank(), ReferralRefusedException.Field.WHY,
                "Say why the pupil needs this agency");
        if (missing) {
            return;
        }
        try {
            referrals.requestByHand(user, caseId, agency.getValue(), why.getValue());
        } catch (ReferralRefusedException e) {
            refuse(true, e.field(), e.getMessage());
            return;
        } catch (AccessDeniedException e) {
            problem.setText(e.getMessage());
            return;
        }
        String label = agency.getValue().label();
        agency.clear();
        why.clear();
        close();
        started.accept(label);
    }

    private boolean refuse(boolean refused, ReferralRefusedException.Field field, String message) {
        if (!refused) {
            return false;
        }
        switch (field) {
            case AGENCY -> {
                agency.setErrorMessage(message);
                agency.setInvalid(true);
            }
            case WHY -> {
                why.setErrorMessage(message);
                why.setInvalid(true);
            }
            case CASE -> problem.setText(message);
        }
        return true;
    }
}
