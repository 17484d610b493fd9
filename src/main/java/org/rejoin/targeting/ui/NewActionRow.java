package org.rejoin.targeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.rejoin.base.ui.UkDates;
import org.rejoin.targeting.MeetingRefusedException;
import org.rejoin.targeting.NewAction;
import org.rejoin.targeting.Responsible;

/** One action the meeting agrees: what, which side does it, who there, by when. */
class NewActionRow extends FormLayout {

    final TextArea action = new TextArea("What was agreed");
    final Select<Responsible> responsible = new Select<>();
    final TextField name = new TextField("Who (optional)");
    final DatePicker dueOn = new DatePicker("Due by (optional)");
    final Button remove = new Button("Remove this action");

    NewActionRow(int number) {
        action.setMaxLength(1000);
        action.setRequiredIndicatorVisible(true);
        responsible.setLabel("Whose action");
        responsible.setItems(Responsible.values());
        responsible.setItemLabelGenerator(Responsible::label);
        responsible.setPlaceholder("The school or the local authority");
        responsible.setRequiredIndicatorVisible(true);
        name.setMaxLength(120);
        name.setHelperText("A person or a team");
        dueOn.setLocale(UkDates.LOCALE);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        renumber(number);
        add(action, responsible, name, dueOn, remove);
        setColspan(action, 2);
        addClassName("new-action");
    }

    void renumber(int number) {
        action.setLabel("New action " + number + ": what was agreed");
        remove.setAriaLabel("Remove new action " + number);
    }

    boolean isBlank() {
        return action.getValue().isBlank() && responsible.getValue() == null && name.getValue().isBlank()
                && dueOn.getValue() == null;
    }

    NewAction value() {
        return new NewAction(action.getValue(), responsible.getValue(), name.getValue(), dueOn.getValue());
    }

    void refuse(MeetingRefusedException.Part part, String message) {
        switch (part) {
            case WHOSE -> {
                responsible.setErrorMessage(message);
                responsible.setInvalid(true);
            }
            case DUE -> {
                dueOn.setErrorMessage(message);
                dueOn.setInvalid(true);
            }
            case NAME -> {
                name.setErrorMessage(message);
                name.setInvalid(true);
            }
            default -> {
                action.setErrorMessage(message);
                action.setInvalid(true);
            }
        }
    }

    void clearErrors() {
        action.setInvalid(false);
        responsible.setInvalid(false);
        name.setInvalid(false);
        dueOn.setInvalid(false);
    }
}
