package org.rejoin.notification.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.Map;
import org.rejoin.base.ui.MainLayout;
import org.rejoin.notification.DeliveryMode;
import org.rejoin.notification.NotificationKind;
import org.rejoin.notification.NotificationService;
import org.rejoin.security.CurrentUser;
import org.rejoin.security.UserAccount;

/** Each person chooses, per kind of work, to be emailed at once, in the daily digest, or not at all. */
@Route(value = "notifications", layout = MainLayout.class)
@PageTitle("Notifications | Rejoin")
@Menu(order = 95, title = "Notifications", icon = "vaadin:envelope")
@PermitAll
public class NotificationSettingsView extends VerticalLayout {

    final Map<NotificationKind, RadioButtonGroup<DeliveryMode>> choices = new EnumMap<>(NotificationKind.class);

    public NotificationSettingsView(NotificationService notifications, CurrentUser currentUser) {
        UserAccount user = currentUser.require();
        add(new H1("Notifications"), new Paragraph("Rejoin emails you when work reaches you. Choose for each kind "
                + "whether to hear at once, in one email a day (the digest, on school days), or not by email. "
                + "Emails never name a pupil: each links to the step, behind sign-in."));
        notifications.preferences(user).forEach((kind, mode) -> {
            var group = new RadioButtonGroup<DeliveryMode>(kind.label());
            group.setItems(DeliveryMode.values());
            group.setItemLabelGenerator(DeliveryMode::label);
            group.setValue(mode);
            group.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    notifications.choose(user, kind, e.getValue());
                    Notification.show("Saved: " + kind.label() + " — " + e.getValue().label().toLowerCase());
                }
            });
            choices.put(kind, group);
            add(group);
        });
        add(new Paragraph(NotificationKind.SAFEGUARDING.label() + ": a safeguarding concern always reaches its "
                + "designated safeguarding leads at once and cannot be switched off."));
    }
}
