package org.rejoin.referral.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import org.rejoin.referral.ReferralRefusedException;
import org.rejoin.referral.ReferralService;
import org.rejoin.security.UserAccount;
import org.springframework.security.access.AccessDeniedException;

/**
 * Withdraws a referral that is still under way, saying why. A refusal is shown next to the reason (or above
 * it) and what was typed stays.
 */
class WithdrawReferralDialog extends Dialog {

    final TextArea why = new TextArea("Why is the referral being withdrawn?");
    final Button withdraw = new Button("Withdraw the referral");
    final Paragraph problem = new Paragraph();
    private final transient ReferralService referrals;
    private final transient UserAccount user;
    private final UUID referralId;
    private final transient Runnable withdrawn;

    WithdrawReferralDialog(ReferralService referrals, UserAccount user, UUID referralId, String agency,
                           Runnable withdrawn) {
        this.referrals = referrals;
        this.user = user;
        this.referralId = referralId;
        this.withdrawn = withdrawn;
        setHeaderTitle("Withdraw the referral to " + agency);
        why.setHelperText("For example: the parents have withdrawn their consent, or the pupil no longer needs "
                + "this agency. The agency sees that the school withdrew it and this reason; it no longer sees "
                + "what the school shared. Its open steps close.");
        why.setRequiredIndicatorVisible(true);
        why.setMaxLength(4000);
        why.setWidth("36rem");
        why.setMinHeight("8rem");
        problem.getElement().setAttribute("role", "alert");
        withdraw.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        withdraw.addClickListener(e -> submit());
        add(why, problem);
        getFooter().add(new Button("Keep the referral", e -> close()), withdraw);
    }

    void submit() {
        why.setInvalid(false);
        problem.setText("");
        try {
            referrals.withdraw(user, referralId, why.getValue());
        } catch (ReferralRefusedException e) {
            if (e.field() == ReferralRefusedException.Field.WHY) {
                why.setErrorMessage(e.getMessage());
                why.setInvalid(true);
            } else {
                problem.setText(e.getMessage());
            }
            return;
        } catch (AccessDeniedException e) {
            problem.setText(e.getMessage());
            return;
        }
        close();
        withdrawn.run();
    }
}
