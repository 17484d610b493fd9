package org.rejoin.targeting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.rejoin.base.ui.UkDates;
import org.rejoin.targeting.ActionOutcome;
import org.rejoin.targeting.ActionStatus;
import org.rejoin.targeting.AgreedAction;

/** An action carried forward, and what this meeting says of it: still open unless marked done or dropped. */
class CarriedActionRow extends Div {

    final AgreedAction agreed;
    final RadioButtonGroup<ActionStatus> status = new RadioButtonGroup<>();
    final TextField note = new TextField("Note (say why, if dropped)");

    CarriedActionRow(AgreedAction agreed) {
        this.agreed = agreed;
        var what = new Paragraph(agreed.action() + " (" + agreed.who() + (agreed.dueOn() == null ? ""
                : ", due " + UkDates.format(agreed.dueOn())) + "; agreed " + UkDates.format(agreed.agreedOn()) + ")");
        status.setLabel("Where is it now: " + agreed.action());
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(ActionStatus::label);
        status.setValue(ActionStatus.OPEN);
        note.setMaxLength(1000);
        note.setWidthFull();
        add(what, status, note);
        addClassName("carried-action");
    }

    ActionOutcome outcome() {
        return new ActionOutcome(status.getValue(), note.getValue());
    }

    void refuse(String message) {
        note.setErrorMessage(message);
        note.setInvalid(true);
    }
}
