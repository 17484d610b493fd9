package org.rejoin.pupil.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Function;
import org.rejoin.base.ui.FieldMessages;
import org.rejoin.pupil.PupilRecord;
import org.rejoin.pupil.SenStatus;
import org.rejoin.security.FieldProblem;

/** Adds one pupil by hand, or corrects one picked from the roll; a refusal shows beside its field. */
class PupilForm extends VerticalLayout {

    final H2 heading = new H2("Add a pupil");
    final TextField upn = new TextField("UPN");
    final TextField legalFirstName = new TextField("Legal forename");
    final TextField preferredFirstName = new TextField("Preferred forename");
    final TextField surname = new TextField("Surname");
    final DatePicker dateOfBirth = new DatePicker("Date of birth");
    final IntegerField yearGroup = new IntegerField("Year group");
    final TextField registrationGroup = new TextField("Registration group");
    final DatePicker admissionDate = new DatePicker("Admission date");
    final DatePicker leavingDate = new DatePicker("Leaving date");
    final Select<SenStatus> senStatus = new Select<>();
    final Checkbox freeSchoolMeals = new Checkbox("Eligible for free school meals");
    final Checkbox eal = new Checkbox("English as an additional language");
    final Button save = new Button("Add pupil");
    final Button clear = new Button("New pupil");
    private final FieldMessages messages = new FieldMessages();
    private PupilRecord editing;

    PupilForm(Function<PupilRecord, PupilRecord> saver, Runnable afterSave) {
        setPadding(false);
        senStatus.setLabel("SEN status");
        senStatus.setItems(SenStatus.values());
        senStatus.setItemLabelGenerator(SenStatus::label);
        senStatus.setValue(SenStatus.NONE);
        yearGroup.setMin(7);
        yearGroup.setMax(13);
        leavingDate.setHelperText("The pupil drops out of lists and triage from this date; their cases stay");
        messages.field("upn", upn).field("legalFirstName", legalFirstName).field("preferredFirstName",
                preferredFirstName).field("surname", surname).field("dateOfBirth", dateOfBirth)
                .field("yearGroup", yearGroup).field("registrationGroup", registrationGroup)
                .field("admissionDate", admissionDate).field("leavingDate", leavingDate).field("senStatus", senStatus);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            messages.clear();
            try {
                saver.apply(read());
                edit(null);
                afterSave.run();
            } catch (FieldProblem problem) {
                messages.show(problem.field(), problem.getMessage());
            }
        });
        clear.addClickListener(e -> edit(null));
        add(heading, new FormLayout(upn, legalFirstName, preferredFirstName, surname, dateOfBirth, yearGroup,
                registrationGroup, admissionDate, leavingDate, senStatus, freeSchoolMeals, eal),
                new HorizontalLayout(save, clear), messages.general());
    }

    PupilRecord read() {
        return new PupilRecord(editing == null ? null : editing.id(), upn.getValue(), legalFirstName.getValue(),
                preferredFirstName.getValue().isBlank() ? null : preferredFirstName.getValue(), surname.getValue(),
                dateOfBirth.getValue(), yearGroup.getValue() == null ? 0 : yearGroup.getValue(),
                registrationGroup.getValue().isBlank() ? null : registrationGroup.getValue().strip(),
                admissionDate.getValue(), leavingDate.getValue(), senStatus.getValue(), freeSchoolMeals.getValue(),
                eal.getValue());
    }

    void edit(PupilRecord pupil) {
        editing = pupil;
        messages.clear();
        heading.setText(pupil == null ? "Add a pupil" : "Correct " + pupil.knownAs());
        save.setText(pupil == null ? "Add pupil" : "Save changes");
        upn.setReadOnly(pupil != null);
        upn.setValue(pupil == null ? "" : pupil.upn());
        legalFirstName.setValue(pupil == null ? "" : pupil.legalFirstName());
        preferredFirstName.setValue(pupil == null || pupil.preferredFirstName() == null ? ""
                : pupil.preferredFirstName());
        surname.setValue(pupil == null ? "" : pupil.surname());
        dateOfBirth.setValue(pupil == null ? null : pupil.dateOfBirth());
        yearGroup.setValue(pupil == null ? null : pupil.yearGroup());
        registrationGroup.setValue(pupil == null || pupil.registrationGroup() == null ? "" : pupil.registrationGroup());
        admissionDate.setValue(pupil == null ? null : pupil.admissionDate());
        leavingDate.setValue(pupil == null ? null : pupil.leavingDate());
        senStatus.setValue(pupil == null ? SenStatus.NONE : pupil.senStatus());
        freeSchoolMeals.setValue(pupil != null && pupil.freeSchoolMeals());
        eal.setValue(pupil != null && pupil.englishAdditionalLanguage());
    }
}
