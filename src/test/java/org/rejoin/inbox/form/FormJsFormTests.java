package org.rejoin.inbox.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import elemental.json.Json;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The server side of the form-js component; the rendering itself only happens in a browser. */
class FormJsFormTests {

    final FormSchema schema = new FormRepository().find("confirm-concern").orElseThrow();

    @Test
    void schemaAndPrefillGoToTheBrowserAsJson() {
        var form = new FormJsForm(schema, Map.of("patternNotes", "Mondays missed"));
        assertThat(form.getElement().getTag()).isEqualTo("rejoin-form");
        assertThat(form.getElement().getProperty("schema")).isEqualTo(schema.json());
        assertThat(form.getElement().getProperty("data")).isEqualTo("{\"patternNotes\":\"Mondays missed\"}");
    }

    @Test
    void theServersMessagesGoToTheBrowserWithFieldIdsAndRows() {
        var form = new FormJsForm(schema, Map.of());
        form.setErrors(new FormErrors(List.of(new FormErrors.FieldError("contacts[1].phone", "Field_Phone", List.of(1),
                "Enter a phone number"))));
        assertThat(form.errorsSent()).containsExactly(Map.of("key", "contacts[1].phone", "fieldId", "Field_Phone",
                "indexes", List.of(1), "message", "Enter a phone number"));
        form.setErrors(FormErrors.NONE);
        assertThat(form.errorsSent()).isEmpty();
    }

    @Test
    void aSubmitFromTheBrowserReachesTheListenersAsAMap() {
        var form = new FormJsForm(schema, Map.of());
        AtomicReference<Map<String, Object>> received = new AtomicReference<>();
        form.addSubmitListener(received::set);
        var data = Json.createObject();
        data.put("event.detail.json", "{\"concernConfirmed\":\"yes\",\"sessions\":3}");
        form.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(form.getElement(), FormJsForm.SUBMIT_EVENT, data));
        assertThat(received.get()).containsExactly(Map.entry("concernConfirmed", "yes"), Map.entry("sessions", 3));
    }
}
