package org.rejoin.inbox.form;

/** One static choice of a select, radio, checklist or tag list: what the user reads and what is submitted. */
public record FieldOption(String label, Object value) {
}
