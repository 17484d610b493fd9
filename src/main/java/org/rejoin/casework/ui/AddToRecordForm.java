package org.rejoin.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.UUID;
import org.rejoin.base.ui.UkDates;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.EntryKind;
import org.rejoin.security.UserAccount;

/**
 * Adds a note, a contact with the parents or carers, or a meeting to the chronology. A refusal says why
 * next to the field and keeps everything typed.
 */
class AddToRecordForm extends Details {

    final Select<EntryKind> kind = new Select<>();
    final TextField title = new TextField("Heading (optional)");
    final DatePicker happenedOn = new DatePicker("When");
    final TextArea text = new TextArea("What happened");
    final Button save = new Button("Add to the chronology");
    final Paragraph saved = new Paragraph();
    private final transient Chronology chronology;
    private final transient UserAccount user;
    private final UUID caseId;
    private final transient Runnable onSaved;

    /** {@code today} by the app's clock: the latest day an entry may carry, and the one it carries unless changed. */
    AddToRecordForm(Chronology chronology, UserAccount user, UUID caseId, LocalDate today, Runnable onSaved) {
        super("Add a note, a contact with parents or a meeting");
        this.chronology = chronology;
        this.user = user;
        this.caseId = caseId;
        this.onSaved = onSaved;
        kind.setLabel("What is it?");
        kind.setItems(Chronology.WRITABLE);
        kind.setItemLabelGenerator(k -> switch (k) {
            case PARENT_CONTACT -> "Contact with parents or carers";
            case MEETING -> "Meeting";
            default -> "Note";
        });
        kind.setValue(EntryKind.NOTE);
        title.setMaxLength(300);
        happenedOn.setLocale(UkDates.LOCALE);
        happenedOn.setMax(today);
        happenedOn.setValue(today);
        happenedOn.setHelperText("Today, or the day it happened");
        text.setMaxLength(10_000);
        text.setRequiredIndicatorVisible(true);
        text.setMinHeight("6rem");
        save.addClickListener(e -> save());
        saved.getElement().setAttribute("role", "status");
        var form = new FormLayout(kind, happenedOn, title, text);
        form.setColspan(text, 2);
        add(form, save, saved);
    }

    void save() {
        text.setInvalid(false);
        happenedOn.setInvalid(false);
        try {
            chronology.add(user, caseId, kind.getValue(), title.getValue(), text.getValue(), happenedOn.getValue());
        } catch (IllegalArgumentException e) {
            var field = e.getMessage().contains("date") ? happenedOn : text;
            if (field == happenedOn) {
                happenedOn.setErrorMessage(e.getMessage());
                happenedOn.setInvalid(true);
            } else {
                text.setErrorMessage(e.getMessage());
                text.setInvalid(true);
            }
            saved.setText("");
            return;
        }
        saved.setText("Added to the chronology.");
        title.clear();
        text.clear();
        onSaved.run();
    }
}
