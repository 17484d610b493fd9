package org.rejoin.inbox.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A Camunda Form rendered by the real form-js viewer in the browser ({@code rejoin-form.js}).
 * The server sets the schema, the prefill and its own validation messages; the browser sends the
 * values back on submit ({@link #addSubmitListener}) or when asked ({@link #requestValues}, for drafts).
 * Setting errors keeps what the user typed: only the messages change. Values arrive as the browser
 * sent them, so always pass them through {@link FormValidator} before they reach a process.
 */
@Tag("rejoin-form")
@NpmPackage(value = "@bpmn-io/form-js-viewer", version = "1.23.0")
@JsModule("./rejoin-form.js")
public class FormJsForm extends Component implements HasSize {

    static final String SUBMIT_EVENT = "rejoin-submit";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    public FormJsForm() {
        setWidthFull();
    }

    public FormJsForm(FormSchema schema, Map<String, Object> data) {
        this();
        setSchema(schema.json());
        setData(data);
    }

    /** The form-js JSON to render; rendering starts again from the current data. */
    public void setSchema(String json) {
        getElement().setProperty("schema", json == null ? "" : json);
    }

    /** Prefill: process variables and/or a saved draft. Replaces what is in the form. */
    public void setData(Map<String, Object> data) {
        getElement().setProperty("data", write(data == null ? Map.of() : data));
    }

    /**
     * Shows the server's messages next to their fields and in an error summary above the form (each
     * linking to its field), without touching the values. {@link FormErrors#NONE} clears them.
     */
    public void setErrors(FormErrors errors) {
        var list = (errors == null ? FormErrors.NONE : errors).all().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", e.key());
            m.put("fieldId", e.fieldId());
            m.put("indexes", e.indexes());
            m.put("message", e.message());
            return m;
        }).toList();
        getElement().setProperty("errors", write(list));
    }

    public void setReadOnly(boolean readOnly) {
        getElement().setProperty("readOnly", readOnly);
    }

    /** Asks the browser to submit: form-js validates and shows its own hints, then the values come to the listeners. */
    public void submit() {
        getElement().callJsFunction("submit");
    }

    /** Called with the values form-js would submit (hidden and disabled fields left out), on every submit. */
    public Registration addSubmitListener(Consumer<Map<String, Object>> listener) {
        return getElement().addEventListener(SUBMIT_EVENT, e -> listener.accept(read(e.getEventData()
                        .getString("event.detail.json"))))
                .addEventData("event.detail.json");
    }

    /** Everything currently typed, including fields now hidden: for "Save draft". */
    public void requestValues(Consumer<Map<String, Object>> callback) {
        getElement().callJsFunction("values").then(String.class, json -> callback.accept(read(json)));
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Form data cannot be sent to the browser", e);
        }
    }

    static Map<String, Object> read(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, Object> map = JSON.readValue(json, MAP);
            return map == null ? Map.of() : map;
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    /** The messages currently given to the browser (for tests and diagnostics). */
    public List<Object> errorsSent() {
        String json = getElement().getProperty("errors", "[]");
        try {
            return JSON.readValue(json, new TypeReference<List<Object>>() {
            });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
