package org.rejoin.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.casework.CaseAlreadyOpenException;
import org.rejoin.casework.CaseService;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.PupilSummary;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.UserAccount;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * A champion opens a case by hand for a pupil of their school, saying why; the journey starts at once.
 * {@code ?pupil=<id>} (the pupil page's link) chooses the pupil. Nothing typed is lost on a refusal.
 */
@Route(value = "cases/new", layout = MainLayout.class)
@PageTitle("Open a case | Rejoin")
@RolesAllowed("ATTENDANCE_CHAMPION")
public class OpenCaseView extends VerticalLayout implements BeforeEnterObserver {

    final ComboBox<PupilSummary> pupil = new ComboBox<>("Pupil");
    final TextArea reason = new TextArea("Why are you opening a case?");
    final Button openCase = new Button("Open the case and start the journey");
    final Div problem = new Div();
    private final transient CaseService cases;
    private final transient PupilService pupils;
    private final transient UserAccount user;

    public OpenCaseView(CaseService cases, PupilService pupils, CurrentUser currentUser) {
        this.cases = cases;
        this.pupils = pupils;
        this.user = currentUser.require();
        pupil.setItemLabelGenerator(p -> p.fullName() + " (" + p.upn() + ", Year " + p.yearGroup() + ")");
        pupil.setItems(query -> pupils.pupilsOfMySchool(user, query.getFilter().orElse(""),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.unsorted())).stream());
        pupil.setHelperText("Type a name or UPN");
        pupil.setRequiredIndicatorVisible(true);
        pupil.setWidth("32rem");
        reason.setHelperText("For example: a parent phoned about anxiety; a pattern the data has not shown yet.");
        reason.setMaxLength(2000);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidth("32rem");
        reason.setMinHeight("8rem");
        openCase.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        openCase.addClickListener(e -> submit());
        problem.setVisible(false);
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        add(new H1("Open a case"), new Paragraph("Open a case when you are worried about a pupil's attendance before the "
                + "data shows it. The eight-step journey starts straight away, with you as the first step's owner."),
                problem, pupil, reason, openCase);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("pupil").ifPresent(id -> {
            try {
                pupils.pupil(user, UUID.fromString(id)).ifPresent(p -> pupil.setValue(new PupilSummary(p.id(), p.upn(),
                        p.firstName(), p.lastName(), p.yearGroup(), p.senStatus(), p.sessionsPresent(), p.sessionsPossible())));
            } catch (IllegalArgumentException ignored) {
                // a malformed id in the address leaves the choice to the user
            }
        });
    }

    void submit() {
        pupil.setInvalid(pupil.isEmpty());
        pupil.setErrorMessage("Choose the pupil");
        reason.setInvalid(reason.getValue().isBlank());
        reason.setErrorMessage("Say why you are opening a case");
        if (pupil.isInvalid() || reason.isInvalid()) {
            return;
        }
        try {
            UUID caseId = cases.openByHand(user, pupil.getValue().id(), reason.getValue());
            getUI().ifPresent(ui -> ui.navigate(CaseView.class, CaseView.parameters(caseId)));
        } catch (CaseAlreadyOpenException e) {
            show(new Paragraph(pupil.getValue().fullName() + " already has an open case. "),
                    new Anchor(RouteConfiguration.forSessionScope().getUrl(CaseView.class,
                            CaseView.parameters(e.openCaseId())), "Go to the open case"));
        } catch (IllegalArgumentException e) {
            show(new Paragraph(e.getMessage()));
        }
    }

    private void show(com.vaadin.flow.component.Component... message) {
        problem.removeAll();
        problem.add(message);
        problem.setVisible(true);
    }
}
