package org.rejoin.targeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.rejoin.base.ui.UkDates;
import org.rejoin.security.UserAccount;
import org.rejoin.targeting.ActionOutcome;
import org.rejoin.targeting.AgreedAction;
import org.rejoin.targeting.Meeting;
import org.rejoin.targeting.MeetingRecord;
import org.rejoin.targeting.MeetingRefusedException;
import org.rejoin.targeting.NewAction;
import org.rejoin.targeting.TargetingMeetings;

/**
 * Records this term's meeting: when, who came, notes, what became of each action carried forward and the new
 * actions agreed. A refusal is shown next to the field it is about and everything typed stays; the form keeps
 * one meeting id, so sending it twice records one meeting.
 */
class RecordMeetingForm extends VerticalLayout {

    final DatePicker heldOn = new DatePicker("Date of the meeting");
    final TextArea attendees = new TextArea("Who attended");
    final TextArea notes = new TextArea("Notes (optional)");
    final List<CarriedActionRow> carried = new ArrayList<>();
    final List<NewActionRow> newActions = new ArrayList<>();
    final Button addAction = new Button("Add another action");
    final Button save = new Button("Record the meeting");
    final Paragraph problem = new Paragraph();
    private final VerticalLayout newActionList = new VerticalLayout();
    private final UUID meetingId = UUID.randomUUID();
    private final transient TargetingMeetings meetings;
    private final transient UserAccount user;
    private final UUID schoolId;
    private final transient Consumer<Meeting> recorded;

    RecordMeetingForm(TargetingMeetings meetings, UserAccount user, UUID schoolId, List<AgreedAction> carriedForward,
                      Consumer<Meeting> recorded) {
        this.meetings = meetings;
        this.user = user;
        this.schoolId = schoolId;
        this.recorded = recorded;
        setPadding(false);
        heldOn.setLocale(UkDates.LOCALE);
        heldOn.setMax(meetings.today());
        heldOn.setValue(meetings.today());
        heldOn.setHelperText("Record a meeting on the day or after it, in the order meetings are held");
        heldOn.setRequiredIndicatorVisible(true);
        attendees.setHelperText("Names and roles, from the school and the local authority");
        attendees.setMaxLength(2000);
        attendees.setRequiredIndicatorVisible(true);
        attendees.setWidthFull();
        notes.setMaxLength(10_000);
        notes.setWidthFull();
        notes.setMinHeight("6rem");
        add(new H2("Record this term's meeting"), heldOn, attendees, notes);
        add(new H3("Actions carried forward"));
        if (carriedForward.isEmpty()) {
            add(new Paragraph("None: no earlier meeting left an action open."));
        }
        carriedForward.stream().map(CarriedActionRow::new).forEach(row -> {
            carried.add(row);
            add(row);
        });
        newActionList.setPadding(false);
        addAction.addClickListener(e -> addNewAction());
        addNewAction();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        problem.getElement().setAttribute("role", "alert");
        add(new H3("New actions agreed"), newActionList, addAction, problem, save);
    }

    void addNewAction() {
        NewActionRow row = new NewActionRow(newActions.size() + 1);
        row.remove.addClickListener(e -> removeNewAction(row));
        newActions.add(row);
        newActionList.add(row);
    }

    private void removeNewAction(NewActionRow row) {
        newActions.remove(row);
        newActionList.remove(row);
        for (int i = 0; i < newActions.size(); i++) {
            newActions.get(i).renumber(i + 1);
        }
    }

    void save() {
        clearErrors();
        List<NewActionRow> filled = newActions.stream().filter(r -> !r.isBlank()).toList();
        Map<UUID, ActionOutcome> outcomes = new LinkedHashMap<>();
        carried.forEach(row -> outcomes.put(row.agreed.id(), row.outcome()));
        try {
            List<NewAction> agreed = filled.stream().map(NewActionRow::value).toList();
            recorded.accept(meetings.record(user, schoolId, new MeetingRecord(meetingId, heldOn.getValue(),
                    attendees.getValue(), notes.getValue(), agreed, outcomes)));
        } catch (MeetingRefusedException e) {
            show(e, filled);
        }
    }

    private void show(MeetingRefusedException e, List<NewActionRow> filled) {
        String message = e.getMessage();
        problem.setText("The meeting is not recorded yet. " + message + (message.endsWith(".") ? "" : "."));
        switch (e.field()) {
            case DATE -> invalid(heldOn, e.getMessage());
            case ATTENDEES -> invalid(attendees, e.getMessage());
            case NOTES -> invalid(notes, e.getMessage());
            case NEW_ACTION -> {
                if (e.newAction() >= 0 && e.newAction() < filled.size()) {
                    filled.get(e.newAction()).refuse(e.part(), e.getMessage());
                }
            }
            case CARRIED_ACTION -> carried.stream().filter(r -> r.agreed.id().equals(e.carriedAction())).findFirst()
                    .ifPresent(r -> r.refuse(e.getMessage()));
            case SCHOOL -> { }
        }
    }

    private static void invalid(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void clearErrors() {
        problem.setText("");
        heldOn.setInvalid(false);
        attendees.setInvalid(false);
        notes.setInvalid(false);
        newActions.forEach(NewActionRow::clearErrors);
        carried.forEach(r -> r.note.setInvalid(false));
    }
}
