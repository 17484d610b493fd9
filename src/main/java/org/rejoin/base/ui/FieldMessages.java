package org.rejoin.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows a refusal beside the field it is about, or under the form when no field matches; what was typed
 * stays in the fields. Fields are named as the service names them in its refusals.
 */
public class FieldMessages {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Paragraph general = new Paragraph();

    public FieldMessages() {
        general.addClassName("form-problem");
        general.getElement().setAttribute("role", "alert");
        general.setVisible(false);
    }

    public FieldMessages field(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    /** The place for a message no single field owns; add it under the form. */
    public Paragraph general() {
        return general;
    }

    public void show(String field, String message) {
        clear();
        HasValidation target = field == null ? null : fields.get(field);
        if (target == null) {
            general.setText(message);
            general.setVisible(true);
        } else {
            target.setErrorMessage(message);
            target.setInvalid(true);
        }
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        general.setText("");
        general.setVisible(false);
    }
}
