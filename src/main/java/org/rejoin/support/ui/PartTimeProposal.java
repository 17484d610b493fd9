package org.rejoin.support.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.rejoin.support.SupportPlan;
import org.rejoin.support.SupportPlanService;

/**
 * "Propose a part-time timetable", for champions and leaders while the plan runs and no other is in
 * progress. It asks first, since a reduced day is exceptional; then the lead champion gets the step. While a
 * proposal waits to be recorded or signed off, they may withdraw it instead, saying why.
 */
class PartTimeProposal extends Div {

    final Button open = new Button("Propose a part-time timetable");
    final Dialog dialog = new Dialog();
    final Button confirm = new Button("Propose it");
    final Paragraph message = new Paragraph();
    final Button withdraw = new Button("Withdraw the proposal");
    final Dialog withdrawDialog = new Dialog();
    final TextArea withdrawReason = new TextArea("Why is it being withdrawn?");
    final Button confirmWithdraw = new Button("Withdraw it");
    private final transient SupportPlanService plans;
    private final transient UserAccount user;
    private final transient SupportPlan plan;
    private final transient Runnable recorded;

    PartTimeProposal(SupportPlanService plans, UserAccount user, SupportPlan plan, Runnable recorded) {
        this.plans = plans;
        this.user = user;
        this.plan = plan;
        this.recorded = recorded;
        addClassName("plan-part-time-proposal");
        message.getElement().setAttribute("role", "status");
        add(message);
        if (!user.hasRole(Role.ATTENDANCE_CHAMPION) && !user.hasRole(Role.LEADER) || !plan.state().isRunning()) {
            open.setVisible(false);
            return;
        }
        if (plan.hasOpenPartTimeTimetable()) {
            open.setVisible(false);
            message.setText("A part-time timetable is in progress; another can be proposed once it is refused or "
                    + "reviewed" + (plan.hasPartTimeProposal() ? ", or this proposal is withdrawn." : "."));
            if (plan.hasPartTimeProposal()) {
                addWithdrawal();
            }
            return;
        }
        open.addClickListener(e -> dialog.open());
        dialog.setHeaderTitle("Propose a part-time timetable");
        dialog.add(new Paragraph("A part-time timetable is an exceptional, short-term measure: at most six weeks, "
                + "agreed with the parents or carers and signed off by a leader. The lead champion gets a step to "
                + "record why it is needed, the reduced day and its dates."));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        confirm.addClickListener(e -> propose());
        add(open, dialog);
    }

    private void addWithdrawal() {
        withdrawReason.setHelperText("For example: the family found another way, or the proposal was made by mistake.");
        withdrawReason.setRequiredIndicatorVisible(true);
        withdrawReason.setMaxLength(2000);
        withdrawReason.setWidth("32rem");
        withdrawDialog.setHeaderTitle("Withdraw the part-time timetable proposal");
        withdrawDialog.add(new Paragraph("Its step (recording it, or signing it off) closes. Another can be "
                + "proposed afterwards."), withdrawReason);
        withdrawDialog.getFooter().add(new Button("Keep the proposal", e -> withdrawDialog.close()), confirmWithdraw);
        confirmWithdraw.addClickListener(e -> withdraw());
        withdraw.addClickListener(e -> withdrawDialog.open());
        add(withdraw, withdrawDialog);
    }

    void withdraw() {
        withdrawReason.setInvalid(false);
        try {
            plans.withdrawPartTimeProposal(user, plan.caseId(), withdrawReason.getValue());
        } catch (IllegalArgumentException e) {
            withdrawReason.setErrorMessage(e.getMessage());
            withdrawReason.setInvalid(true);
            return;
        } catch (IllegalStateException e) {
            message.setText(e.getMessage());
            withdrawDialog.close();
            return;
        }
        withdrawDialog.close();
        withdraw.setVisible(false);
        message.setText("Withdrawn. Another part-time timetable can be proposed.");
        recorded.run();
    }

    void propose() {
        try {
            plans.proposePartTimeTimetable(user, plan.caseId());
            message.setText("Proposed. The lead champion has a step to record the part-time timetable.");
            open.setVisible(false);
            recorded.run();
        } catch (IllegalStateException e) {
            message.setText(e.getMessage());
        }
        dialog.close();
    }
}
