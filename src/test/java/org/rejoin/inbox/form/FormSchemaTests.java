package org.rejoin.inbox.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FormSchemaTests {

    @Test
    void everyFormTheProcessDesignersWroteParsesWithKeyedFields() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("forms"))) {
            files = list.filter(p -> p.toString().endsWith(".form")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            FormSchema schema = FormSchema.parse(Files.readString(file));
            assertThat(schema.id()).as(file.toString())
                    .isEqualTo(file.getFileName().toString().replaceFirst("\\.form$", ""));
            assertThat(schema.allFields().filter(FormField::isKeyed)).as(file.toString()).isNotEmpty();
            assertThat(new FormRepository().find(schema.id())).as(file.toString()).isPresent();
        }
    }

    @Test
    void step2StartsFromThePatternWrittenAtStep1AndKeepsItsOwnAnswerOnceGiven() {
        FormSchema evidence = new FormRepository().find("gather-evidence").orElseThrow();
        assertThat(evidence.prefillFrom(Map.of("patternNotes", "Mondays missed")))
                .containsEntry("absencePattern", "Mondays missed");
        assertThat(evidence.prefillFrom(Map.of("patternNotes", "Mondays missed", "absencePattern", "Now Fridays too")))
                .containsEntry("absencePattern", "Now Fridays too");
    }

    @Test
    void everyEarlierAnswerAFormStartsFromIsAskedByAnotherForm() throws IOException {
        List<FormSchema> forms;
        try (Stream<Path> list = Files.list(Path.of("forms"))) {
            forms = list.filter(p -> p.toString().endsWith(".form")).map(p -> {
                try {
                    return FormSchema.parse(Files.readString(p));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        var askedKeys = forms.stream().flatMap(FormSchema::allFields).filter(FormField::isKeyed).map(FormField::key).toList();
        forms.forEach(form -> form.earlierAnswers().values().forEach(source ->
                assertThat(askedKeys).as(form.id() + " starts from " + source).contains(source)));
    }

    @Test
    void confirmConcernIsReadWithLabelsValidationOptionsAndConditions() {
        FormSchema schema = new FormRepository().find("confirm-concern").orElseThrow();
        FormField confirmed = field(schema, "concernConfirmed");
        assertThat(confirmed.type()).isEqualTo("radio");
        assertThat(confirmed.required()).isTrue();
        assertThat(confirmed.options()).extracting(FieldOption::value).containsExactly("yes", "no");
        FormField lead = field(schema, "leadChampion");
        assertThat(lead.displayLabel()).isEqualTo("Lead champion for this pupil");
        assertThat(lead.type()).isEqualTo("select");
        assertThat(lead.valuesKey()).isEqualTo("championOptions");
        assertThat(lead.hide()).isEqualTo("=concernConfirmed != \"yes\"");
    }

    @Test
    void groupsDynamicListsDatesAndNumbersAreReadWithTheirChildren() {
        FormSchema schema = FormSchema.parse(FormValidatorTests.MEETING_FORM);
        FormField list = schema.allFields().filter(f -> "dynamiclist".equals(f.type())).findFirst().orElseThrow();
        assertThat(list.path()).isEqualTo("contacts");
        assertThat(list.components()).extracting(FormField::key).containsExactly("name", "phone");
        FormField date = field(schema, "meetingDate");
        assertThat(date.displayLabel()).isEqualTo("Meeting date");
        assertThat(date.disallowPassedDates()).isTrue();
        FormField sessions = field(schema, "sessionsMissed");
        assertThat(sessions.validation().min()).isEqualTo("0");
        assertThat(sessions.validation().max()).isEqualTo("20");
        assertThat(field(schema, "street").key()).isEqualTo("street");
    }

    @Test
    void theBrowserGetsOnlyTheVariablesTheFormUses() {
        FormSchema schema = new FormRepository().find("confirm-concern").orElseThrow();
        Map<String, Object> prefill = schema.prefillFrom(Map.of("patternNotes", "Mondays", "concernConfirmed", "yes",
                "safeguardingNotes", "not for this form"));
        assertThat(prefill).containsOnlyKeys("patternNotes", "concernConfirmed");
    }

    @Test
    void thePlanReviewGetsWhetherTheFamilysViewWasReceived() {
        FormSchema schema = new FormRepository().find("plan-review").orElseThrow();
        assertThat(schema.prefillFrom(Map.of("familyViewReceived", false, "familyInvited", true)))
                .containsEntry("familyViewReceived", false).doesNotContainKey("familyInvited");
        assertThat(schema.json()).contains("The family's view:** not received");
    }

    @Test
    void anUnknownOrUnsafeFormIdIsNotFoundAndNotAFormIsRefused() {
        assertThat(new FormRepository().find("no-such-form")).isEmpty();
        assertThat(new FormRepository().find("../application")).isEmpty();
        assertThatThrownBy(() -> FormSchema.parse("{\"id\": \"x\"}")).hasMessageContaining("components");
        assertThatThrownBy(() -> FormSchema.parse("not json")).hasMessageContaining("does not parse");
    }

    static FormField field(FormSchema schema, String key) {
        return schema.allFields().filter(f -> key.equals(f.key())).findFirst().orElseThrow();
    }
}
