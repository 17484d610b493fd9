package org.rejoin.targeting;

import java.time.LocalDate;

/** An action a meeting agrees: what, which side does it (and who there, if named), by when (optional). */
public record NewAction(String action, Responsible responsible, String responsibleName, LocalDate dueOn) {
}
