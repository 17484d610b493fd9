package org.rejoin.inbox;

/**
 * What narrows an inbox list: a pupil (surname or first name prefix, or exact UPN), a step (words
 * in its name) and a due window in days from now. Blank parts do not filter.
 */
public record TaskFilter(String pupil, String step, Integer dueWithinDays) {

    public static final TaskFilter NONE = new TaskFilter(null, null, null);

    public boolean isEmpty() {
        return blank(pupil) && blank(step) && dueWithinDays == null;
    }

    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
