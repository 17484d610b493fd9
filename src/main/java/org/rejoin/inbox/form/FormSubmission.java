package org.rejoin.inbox.form;

import java.util.Map;

/**
 * A checked form: the variables to complete the step with (only the form's own fields, typed:
 * numbers as numbers, booleans as booleans, checklists as lists) and what is wrong, if anything.
 * Complete the job only when {@link #isValid()}.
 */
public record FormSubmission(Map<String, Object> variables, FormErrors errors) {

    public boolean isValid() {
        return errors.isEmpty();
    }
}
