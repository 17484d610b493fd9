package org.rejoin.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.ViewTestSupport;
import org.rejoin.notification.Delivery;
import org.rejoin.notification.DeliveryMode;
import org.rejoin.notification.NotificationKind;
import org.rejoin.notification.NotificationService;
import org.rejoin.operations.ui.IncidentsView;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The notification pages, browserless: each person's choices, and the administrators' view of deliveries. */
class NotificationViewsTests extends ViewTestSupport {

    @Autowired TestData data;
    @Autowired NotificationService notifications;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aPersonChoosesTheDigestForOneKindAndCannotSwitchOffSafeguarding() {
        UserAccount tutor = data.staff(data.school(), Role.SCHOOL_STAFF, "Form tutor");
        signInAs(tutor.username());
        navigate("notifications");

        NotificationSettingsView view = _get(NotificationSettingsView.class);
        assertThat(view.choices).doesNotContainKey(NotificationKind.SAFEGUARDING).containsKey(NotificationKind.STEP_DUE);
        RadioButtonGroup<DeliveryMode> steps = view.choices.get(NotificationKind.STEP_OFFERED);
        assertThat(steps.getValue()).isEqualTo(DeliveryMode.IMMEDIATE);
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(steps, DeliveryMode.DIGEST);

        assertThat(notifications.preferences(tutor)).containsEntry(NotificationKind.STEP_OFFERED, DeliveryMode.DIGEST)
                .containsEntry(NotificationKind.STEP_DUE, DeliveryMode.IMMEDIATE);
    }

    @Test
    void anAdministratorSeesAnUndeliveredEmailOnTheIncidentsPageAndEveryEmailOnTheEmailsPage() {
        UUID id = UUID.randomUUID();
        String recipient = "undelivered-" + id.toString().substring(0, 8) + "@test.example";
        jdbc.update("insert into notification (id, event_key, recipient, kind, template, model, state, attempts, "
                + "last_error) values (?, ?, ?, 'STEP_OFFERED', 'step-offered', '{}'::jsonb, 'FAILED', 8, "
                + "'Mail server connection failed')", id, "test:" + id, recipient);
        signInAs("admin@rejoin.example");

        navigate("admin/incidents");
        var undelivered = _get(IncidentsView.class).getChildren()
                .filter(c -> c.getClass().getSimpleName().equals("UndeliveredEmails")).findFirst().orElseThrow();
        assertThat(undelivered.getElement().getTextRecursively()).contains("Emails not delivered");
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<Delivery>) undelivered.getChildren()
                .filter(c -> c instanceof com.vaadin.flow.component.grid.Grid).findFirst().orElseThrow();
        assertThat(grid.getGenericDataView().getItems().map(Delivery::recipient)).contains(recipient);

        navigate("admin/emails");
        DeliveriesView emails = _get(DeliveriesView.class);
        assertThat(emails.grid.getGenericDataView().getItems().limit(200).map(Delivery::recipient)).contains(recipient);
    }

    @Test
    void theDemoMailPageListsTheEmailsOfTheEmbeddedRun() {
        signInAs("admin@rejoin.example");
        navigate("admin/demo-mail");
        DemoMailView view = _get(DemoMailView.class);
        assertThat(view.getElement().getTextRecursively()).contains("received by the demo's mail server");
    }
}
