package org.rejoin.inbox.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Camunda Form (form-js JSON, as Camunda Modeler saves it) read into field definitions for
 * server-side validation, with the original JSON kept for form-js in the browser. Components the
 * server has no value for (text, html, image, spacer, button...) are kept with their type so the
 * tree stays faithful, but carry no key.
 */
public final class FormSchema {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String id;
    private final String json;
    private final List<FormField> components;
    /** Field key to the earlier answer it starts from: the custom property {@code prefillFrom} of a field. */
    private final Map<String, String> earlierAnswers;

    private FormSchema(String id, String json, List<FormField> components, Map<String, String> earlierAnswers) {
        this.id = id;
        this.json = json;
        this.components = List.copyOf(components);
        this.earlierAnswers = Map.copyOf(earlierAnswers);
    }

    /** Reads a form; throws {@link IllegalArgumentException} naming the problem if it is not a Camunda Form. */
    public static FormSchema parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a form: the JSON does not parse (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject() || !root.path("components").isArray()) {
            throw new IllegalArgumentException("Not a form: no \"components\" list");
        }
        Map<String, String> earlier = new LinkedHashMap<>();
        collectEarlierAnswers(root.path("components"), earlier);
        return new FormSchema(text(root, "id"), json, components(root.path("components")), earlier);
    }

    /**
     * A question an earlier step already asked is not asked blank again: a field whose custom property
     * {@code prefillFrom} names an earlier answer's key (set in Camunda Modeler under "Custom properties")
     * starts from that answer, still editable, unless the process already holds a value for the field itself.
     */
    public Map<String, String> earlierAnswers() {
        return earlierAnswers;
    }

    private static void collectEarlierAnswers(JsonNode components, Map<String, String> into) {
        components.forEach(node -> {
            String key = text(node, "key");
            String source = text(node.path("properties"), "prefillFrom");
            if (key != null && source != null && !source.isBlank()) {
                into.put(key, source.trim());
            }
            collectEarlierAnswers(node.path("components"), into);
        });
    }

    /** The form id that BPMN user tasks link to ({@code zeebe:formDefinition formId}). */
    public String id() {
        return id;
    }

    /** The form as written, for form-js. */
    public String json() {
        return json;
    }

    public List<FormField> components() {
        return components;
    }

    /** Every component, depth first, including those inside groups and dynamic lists. */
    public Stream<FormField> allFields() {
        return components.stream().flatMap(FormSchema::flatten);
    }

    /**
     * What of the process variables the browser needs to show this form: values of its fields and the
     * variables its expressions and dynamic options name. The rest of the process stays on the server.
     */
    public Map<String, Object> prefillFrom(Map<String, Object> variables) {
        Set<String> names = new LinkedHashSet<>();
        components.forEach(c -> collectNames(c, names));
        // identifiers inside FEEL expressions ("=..."), found loosely: a superset is harmless
        allFields().flatMap(f -> Stream.of(f.hide(), f.valuesExpression(), f.expression(), f.validation().min(),
                        f.validation().max(), f.validation().minLength(), f.validation().maxLength(), f.label()))
                .filter(e -> e != null && e.startsWith("="))
                .forEach(e -> IDENTIFIER.matcher(e.replaceAll("\"[^\"]*\"", "")).results()
                        .forEach(r -> names.add(r.group())));
        Map<String, Object> prefill = new LinkedHashMap<>();
        if (variables != null) {
            variables.forEach((name, value) -> {
                if (names.contains(name)) {
                    prefill.put(name, value);
                }
            });
            earlierAnswers.forEach((key, source) -> {
                if (prefill.get(key) == null && variables.get(source) != null) {
                    prefill.put(key, variables.get(source));
                }
            });
        }
        return prefill;
    }

    /** Only the values this form has fields (or groups/lists) for: what a draft may keep. */
    public Map<String, Object> knownValues(Map<String, Object> values) {
        Set<String> names = new LinkedHashSet<>();
        components.forEach(c -> collectNames(c, names));
        Map<String, Object> known = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((name, value) -> {
                if (names.contains(name)) {
                    known.put(name, value);
                }
            });
        }
        return known;
    }

    private static void collectNames(FormField field, Set<String> names) {
        if (field.isKeyed()) {
            names.add(field.key().split("\\.")[0]);
        }
        if (field.valuesKey() != null) {
            names.add(field.valuesKey().split("\\.")[0]);
        }
        if (field.path() != null && !field.path().isBlank()) {
            names.add(field.path().split("\\.")[0]);
            return; // children live under the path
        }
        field.components().forEach(c -> collectNames(c, names));
    }

    private static Stream<FormField> flatten(FormField field) {
        return Stream.concat(Stream.of(field), field.components().stream().flatMap(FormSchema::flatten));
    }

    private static List<FormField> components(JsonNode array) {
        List<FormField> fields = new ArrayList<>();
        array.forEach(node -> fields.add(field(node)));
        return fields;
    }

    private static FormField field(JsonNode node) {
        String type = text(node, "type");
        String subtype = text(node, "subtype");
        String label = text(node, "label");
        if ("datetime".equals(type)) {
            label = "time".equals(subtype) ? text(node, "timeLabel") : text(node, "dateLabel");
        }
        JsonNode validate = node.path("validate");
        var validation = new FieldValidation(validate.path("required").asBoolean(false), text(validate, "min"),
                text(validate, "max"), text(validate, "minLength"), text(validate, "maxLength"),
                text(validate, "pattern"), text(validate, "patternErrorMessage"), text(validate, "validationType"));
        List<FieldOption> options = new ArrayList<>();
        node.path("values").forEach(v -> options.add(new FieldOption(text(v, "label"), scalar(v.path("value")))));
        Integer decimalDigits = node.path("decimalDigits").isNumber() ? node.path("decimalDigits").asInt() : null;
        return new FormField(text(node, "id"), type, text(node, "key"), text(node, "path"), label, validation, subtype,
                node.path("disallowPassedDates").asBoolean(false), decimalDigits, options, text(node, "valuesKey"),
                text(node, "valuesExpression"), text(node.path("conditional"), "hide"),
                node.path("disabled").asBoolean(false), node.path("readonly").asBoolean(false),
                text(node, "expression"), components(node.path("components")));
    }

    private static Object scalar(JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    @Override
    public String toString() {
        return "FormSchema[" + id + ", " + components.size() + " components]";
    }
}
