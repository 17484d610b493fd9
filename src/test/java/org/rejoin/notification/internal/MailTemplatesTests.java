package org.rejoin.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The templates' words, rendered without the app: subject from the first line, both parts, escaping. */
class MailTemplatesTests {

    final MailTemplates templates = new MailTemplates();

    @Test
    void aStepOfferedReadsAsPlainEnglishWithItsSubjectDueDateAndLink() {
        var mail = templates.render("step-offered", model(Map.of("step", "5. Tell us what you know about this pupil",
                "place", "Northfield Academy", "due", "Thursday 10 December 2026", "link", "https://r.example/tasks/1")));

        assertThat(mail.subject()).isEqualTo("A step is waiting for you in Rejoin: 5. Tell us what you know about this pupil");
        assertThat(mail.text()).startsWith("Hello,\n\nA step has reached your tasks in Rejoin at Northfield Academy: "
                + "\"5. Tell us what you know about this pupil\".\nIt is due by Thursday 10 December 2026.\n")
                .contains("Open it (you will be asked to sign in): https://r.example/tasks/1")
                .contains("Stop emails of this kind (one click): https://r.example/u/t")
                .contains("This email never names a pupil");
        assertThat(mail.html()).contains("<strong>5. Tell us what you know about this pupil</strong>")
                .contains("<a href=\"https://r.example/tasks/1\">Open the step</a>");
    }

    @Test
    void withoutADueDateOrAnUnsubscribeLinkNeitherSentenceAppears() {
        var mail = templates.render("step-offered", model(Map.of("step", "Record the parents' reply",
                "place", "Northfield Academy", "link", "https://r.example/tasks/2"), null));
        assertThat(mail.text()).doesNotContain("due by").doesNotContain("Stop emails").doesNotContain("null");
        assertThat(mail.html()).doesNotContain("due by").doesNotContain("Stop emails");
    }

    @Test
    void markupInAValueIsEscapedInTheHtmlPart() {
        var mail = templates.render("escalation", model(Map.of("step", "<script>x</script>", "place", "A & B School",
                "link", "https://r.example/tasks/3")));
        assertThat(mail.html()).doesNotContain("<script>").contains("&lt;script&gt;").contains("A &amp; B School");
    }

    @Test
    void theDigestListsEachItemInItsOwnWords() {
        Map<String, Object> first = Map.of("template", "step-offered", "step", "7. Hear directly from the pupil",
                "place", "Northfield Academy", "link", "https://r.example/tasks/4");
        Map<String, Object> second = Map.of("template", "referral-decided", "agency", "Riverside Early Help",
                "place", "Northfield Academy", "decision", "DECLINED", "link", "https://r.example/cases/5");
        var mail = templates.render("digest", model(Map.of("items", List.of(first, second)), null));
        assertThat(mail.subject()).isEqualTo("Your Rejoin digest: 2 new items");
        assertThat(mail.text()).contains("- A step at Northfield Academy: \"7. Hear directly from the pupil\".")
                .contains("- News from Riverside Early Help about a referral you lead at Northfield Academy.");
    }

    private static Map<String, Object> model(Map<String, Object> values) {
        return model(values, "https://r.example/u/t");
    }

    private static Map<String, Object> model(Map<String, Object> values, String unsubscribe) {
        Map<String, Object> model = new HashMap<>(values);
        model.put("settings", "https://r.example/notifications");
        model.put("unsubscribe", unsubscribe);
        model.putIfAbsent("due", null);
        return model;
    }
}
