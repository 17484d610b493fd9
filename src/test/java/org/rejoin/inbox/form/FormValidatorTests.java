package org.rejoin.inbox.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormValidatorTests {

    /** 23 November 2026, 10:00 in London. */
    static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("UTC"));

    static final String MEETING_FORM = """
            {
              "id": "plan-meeting", "type": "default", "schemaVersion": 16,
              "components": [
                { "type": "text", "id": "Text_1", "text": "# Plan the meeting" },
                { "type": "number", "id": "Field_Sessions", "key": "sessionsMissed", "label": "Sessions missed",
                  "decimalDigits": 0, "validate": { "required": true, "min": 0, "max": 20 } },
                { "type": "textfield", "id": "Field_Upn", "key": "upn", "label": "UPN",
                  "validate": { "pattern": "^[A-Z][0-9]{12}$", "maxLength": 13 } },
                { "type": "textfield", "id": "Field_Email", "key": "parentEmail", "label": "Parent's email",
                  "validate": { "validationType": "email" } },
                { "type": "select", "id": "Field_Place", "key": "meetingPlace", "label": "Where will you meet?",
                  "validate": { "required": true },
                  "values": [ { "label": "At school", "value": "school" }, { "label": "At home", "value": "home" },
                              { "label": "Online", "value": "online" } ] },
                { "type": "checklist", "id": "Field_Barriers", "key": "barriers", "label": "Barriers",
                  "values": [ { "label": "Anxiety", "value": "anxiety" }, { "label": "Bullying", "value": "bullying" },
                              { "label": "Transport", "value": "transport" } ] },
                { "type": "datetime", "id": "Field_Date", "key": "meetingDate", "subtype": "date",
                  "dateLabel": "Meeting date", "disallowPassedDates": true, "validate": { "required": true } },
                { "type": "checkbox", "id": "Field_Invited", "key": "parentsInvited", "label": "Parents invited" },
                { "type": "textfield", "id": "Field_ParentNames", "key": "parentNames", "label": "Parents' names",
                  "validate": { "required": true }, "conditional": { "hide": "=parentsInvited = false" } },
                { "type": "textarea", "id": "Field_Notes", "key": "notes", "label": "Notes",
                  "validate": { "maxLength": 20 } },
                { "type": "group", "id": "Group_Address", "label": "Home address", "path": "address",
                  "conditional": { "hide": "=meetingPlace != \\"home\\" or parentsInvited = false" },
                  "components": [
                    { "type": "textfield", "id": "Field_Street", "key": "street", "label": "Street",
                      "validate": { "required": true } } ] },
                { "type": "dynamiclist", "id": "List_Contacts", "label": "Other contacts", "path": "contacts",
                  "isRepeating": true,
                  "components": [
                    { "type": "textfield", "id": "Field_ContactName", "key": "name", "label": "Name",
                      "validate": { "required": true } },
                    { "type": "textfield", "id": "Field_ContactPhone", "key": "phone", "label": "Phone",
                      "validate": { "validationType": "phone" }, "conditional": { "hide": "=this.name = null" } } ] }
              ]
            }
            """;

    final FormSchema form = FormSchema.parse(MEETING_FORM);
    final FormValidator validator = new FormValidator(NOW, ZoneId.of("Europe/London"));

    static Map<String, Object> good() {
        Map<String, Object> values = new HashMap<>();
        values.put("sessionsMissed", "3");
        values.put("upn", "A123456789012");
        values.put("parentEmail", "parent@example.org");
        values.put("meetingPlace", "home");
        values.put("barriers", List.of("anxiety", "transport"));
        values.put("meetingDate", "2026-11-23");
        values.put("parentsInvited", true);
        values.put("parentNames", "Mr and Mrs Khan");
        values.put("notes", "");
        values.put("address", Map.of("street", "1 High Street"));
        values.put("contacts", List.of(Map.of("name", "Aunt", "phone", "+441632960000")));
        return values;
    }

    private Map<String, String> errorsFor(Map<String, Object> changes) {
        Map<String, Object> values = good();
        values.putAll(changes);
        return validator.validate(form, values).errors().byKey();
    }

    @Test
    void aGoodSubmissionPassesWithTypedValues() {
        FormSubmission result = validator.validate(form, good());
        assertThat(result.isValid()).as(result.errors().toString()).isTrue();
        assertThat(result.variables())
                .containsEntry("sessionsMissed", 3L)
                .containsEntry("parentsInvited", true)
                .containsEntry("barriers", List.of("anxiety", "transport"))
                .containsEntry("meetingDate", "2026-11-23")
                .containsEntry("address", Map.of("street", "1 High Street"))
                .containsEntry("contacts", List.of(Map.of("name", "Aunt", "phone", "+441632960000")));
    }

    @Test
    void aMissingRequiredFieldIsRefusedNamingTheField() {
        assertThat(errorsFor(Map.of("meetingPlace", ""))).containsExactly(
                Map.entry("meetingPlace", "Choose an answer for 'Where will you meet?'"));
        Map<String, Object> values = good();
        values.remove("sessionsMissed");
        assertThat(validator.validate(form, values).errors().byKey())
                .containsEntry("sessionsMissed", "'Sessions missed' is required");
    }

    @Test
    void textInANumberFieldIsRefused() {
        FormSubmission result = validator.validate(form, with("sessionsMissed", "three"));
        assertThat(result.isValid()).isFalse();
        assertThat(result.errors().byKey()).containsExactly(
                Map.entry("sessionsMissed", "Enter a number for 'Sessions missed'"));
        assertThat(result.errors().all().getFirst().fieldId()).isEqualTo("Field_Sessions");
    }

    @Test
    void aNumberOutOfRangeOrWithDecimalsIsRefused() {
        assertThat(errorsFor(Map.of("sessionsMissed", 21))).containsEntry("sessionsMissed",
                "'Sessions missed' must be 20 or less");
        assertThat(errorsFor(Map.of("sessionsMissed", "-1"))).containsEntry("sessionsMissed",
                "'Sessions missed' must be 0 or more");
        assertThat(errorsFor(Map.of("sessionsMissed", 2.5))).containsEntry("sessionsMissed",
                "'Sessions missed' must be a whole number");
    }

    @Test
    void textTooLongIsRefused() {
        assertThat(errorsFor(Map.of("notes", "Mondays and Fridays missed"))).containsExactly(
                Map.entry("notes", "'Notes' must be 20 characters or fewer (it has 26)"));
    }

    @Test
    void aValueNotMatchingThePatternOrNotAnEmailIsRefused() {
        assertThat(errorsFor(Map.of("upn", "a12345"))).containsEntry("upn", "'UPN' is not in the expected format");
        assertThat(errorsFor(Map.of("parentEmail", "parent at home"))).containsEntry("parentEmail",
                "Enter an email address for 'Parent's email', like name@example.org");
    }

    @Test
    void aValueNotAmongTheOptionsIsRefused() {
        assertThat(errorsFor(Map.of("meetingPlace", "the park"))).containsEntry("meetingPlace",
                "Choose one of the answers given for 'Where will you meet?'");
        assertThat(errorsFor(Map.of("barriers", List.of("anxiety", "money")))).containsEntry("barriers",
                "Choose only from the options given for 'Barriers'");
    }

    @Test
    void aDateInThePastIsRefusedWhereTheFormForbidsItButTodayIsFine() {
        assertThat(errorsFor(Map.of("meetingDate", "2026-11-22"))).containsExactly(
                Map.entry("meetingDate", "'Meeting date' cannot be in the past"));
        assertThat(errorsFor(Map.of("meetingDate", "2026-11-23"))).isEmpty();
        assertThat(errorsFor(Map.of("meetingDate", "31/11/2026"))).containsEntry("meetingDate",
                "Enter a real date for 'Meeting date'");
    }

    @Test
    void dateAndTimeValuesAreReadInTheFormsFormJsSubmits() {
        FormSchema schema = FormSchema.parse("""
                { "id": "x", "components": [
                  { "type": "datetime", "id": "F1", "key": "visit", "subtype": "datetime", "dateLabel": "Home visit",
                    "disallowPassedDates": true },
                  { "type": "datetime", "id": "F2", "key": "slot", "subtype": "time", "timeLabel": "Time slot" } ] }
                """);
        assertThat(validator.validate(schema, Map.of("visit", "2026-11-23T16:00+00:00", "slot", "09:30")).isValid()).isTrue();
        assertThat(validator.validate(schema, Map.of("visit", "2026-11-22T16:00", "slot", "09:30Z")).errors().byKey())
                .containsExactly(Map.entry("visit", "'Home visit' cannot be in the past"));
        assertThat(validator.validate(schema, Map.of("slot", "half nine")).errors().byKey())
                .containsExactly(Map.entry("slot", "Enter a real time for 'Time slot'"));
    }

    @Test
    void aFieldHiddenByItsConditionIsSkippedAndNotSubmitted() {
        Map<String, Object> values = good();
        values.put("parentsInvited", false);
        values.put("parentNames", "");
        values.remove("address");
        FormSubmission result = validator.validate(form, values);
        assertThat(result.isValid()).as(result.errors().toString()).isTrue();
        assertThat(result.variables()).doesNotContainKeys("parentNames", "address");

        values.put("parentsInvited", true);
        assertThat(validator.validate(form, values).errors().byKey()).containsOnlyKeys("parentNames", "address.street");
    }

    @Test
    void confirmConcernAsksForTheLeadOnlyWhenTheConcernIsConfirmed() {
        FormSchema concern = new FormRepository().find("confirm-concern").orElseThrow();
        var no = validator.validate(concern, Map.of("concernConfirmed", "no", "patternNotes", "Fine", "closeReason", "Ill"));
        assertThat(no.isValid()).as(no.errors().toString()).isTrue();
        assertThat(no.variables()).containsOnlyKeys("concernConfirmed", "patternNotes", "closeReason");

        var yes = validator.validate(concern, Map.of("concernConfirmed", "yes", "patternNotes", "Mondays"));
        assertThat(yes.errors().byKey()).containsExactly(
                Map.entry("leadChampion", "Choose an answer for 'Lead champion for this pupil'"));

        var nothing = validator.validate(concern, Map.of());
        assertThat(nothing.errors().byKey()).containsOnlyKeys("concernConfirmed", "patternNotes");
    }

    @Test
    void keysTheFormDoesNotHaveAreDroppedFromTheVariables() {
        Map<String, Object> values = good();
        values.put("pupilId", "someone-elses-pupil");
        values.put("address", Map.of("street", "1 High Street", "owner", "x"));
        FormSubmission result = validator.validate(form, values);
        assertThat(result.isValid()).isTrue();
        assertThat(result.variables()).doesNotContainKey("pupilId");
        assertThat(result.variables().get("address")).isEqualTo(Map.of("street", "1 High Street"));
    }

    @Test
    void aRowOfADynamicListIsCheckedAndItsErrorSaysWhichRow() {
        FormSubmission result = validator.validate(form, with("contacts", List.of(
                Map.of("name", "Aunt", "phone", "+441632960000"), Map.of("name", "Uncle", "phone", "call him"))));
        FormErrors.FieldError error = result.errors().all().getFirst();
        assertThat(error.key()).isEqualTo("contacts[1].phone");
        assertThat(error.fieldId()).isEqualTo("Field_ContactPhone");
        assertThat(error.indexes()).containsExactly(1);
        assertThat(error.message()).isEqualTo(
                "Enter an international phone number for 'Phone' (row 2 of 'Other contacts'), like +441632960000");
    }

    @Test
    void conditionsSeeTheProcessVariablesAndReadOnlyFieldsKeepTheProcessValue() {
        FormSchema schema = FormSchema.parse("""
                { "id": "x", "components": [
                  { "type": "textfield", "id": "F1", "key": "reason", "label": "Reason", "validate": { "required": true },
                    "conditional": { "hide": "=stage < 2" } },
                  { "type": "textfield", "id": "F2", "key": "upn", "label": "UPN", "readonly": true } ] }
                """);
        var early = validator.validate(schema, Map.of("upn", "tampered"), Map.of("stage", 1, "upn", "A123"));
        assertThat(early.isValid()).isTrue();
        assertThat(early.variables()).containsExactly(Map.entry("upn", "A123"));
        assertThat(validator.validate(schema, Map.of(), Map.of("stage", 3)).errors().byKey()).containsOnlyKeys("reason");
    }

    @Test
    void theFeelFormsModelerWritesAreEvaluatedByTheFeelEngine() {
        Map<String, Object> data = new HashMap<>();
        data.put("answer", "x");
        data.put("flag", true);
        data.put("count", 4L);
        data.put("nothing", null);
        assertThat(FeelExpressions.isTrue("=answer = \"x\"", data)).isTrue();
        assertThat(FeelExpressions.isTrue("=answer != \"x\"", data)).isFalse();
        assertThat(FeelExpressions.isTrue("=flag = true", data)).isTrue();
        assertThat(FeelExpressions.isTrue("=not(flag)", data)).isFalse();
        assertThat(FeelExpressions.isTrue("=nothing = null", data)).isTrue();
        assertThat(FeelExpressions.isTrue("=missing = null", data)).isTrue();
        assertThat(FeelExpressions.isTrue("=answer = \"x\" and count > 3", data)).isTrue();
        assertThat(FeelExpressions.isTrue("=answer = \"y\" or flag = false", data)).isFalse();
        assertThat(FeelExpressions.isTrue("=this is not feel (", data)).isFalse();
        assertThat(FeelExpressions.isTrue("answer = \"x\"", data)).as("not an expression").isFalse();
    }

    private static Map<String, Object> with(String key, Object value) {
        Map<String, Object> values = good();
        values.put(key, value);
        return values;
    }
}
