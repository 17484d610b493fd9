package org.rejoin.inbox.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.rejoin.inbox.TaskAlreadyClaimedException;
import org.rejoin.inbox.TaskClosedByProcessException;
import org.rejoin.inbox.TaskNotFoundException;

/** The plain-English answers to what can go wrong with a task action. */
final class TaskMessages {

    private TaskMessages() {
    }

    static String of(RuntimeException problem) {
        if (problem instanceof TaskAlreadyClaimedException || problem instanceof TaskClosedByProcessException
                || problem instanceof IllegalArgumentException || problem instanceof IllegalStateException) {
            return problem.getMessage();
        }
        if (problem instanceof TaskNotFoundException) {
            return "This task no longer exists or is not one you can reach.";
        }
        throw problem;
    }

    static void show(RuntimeException problem) {
        Notification.show(of(problem), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
