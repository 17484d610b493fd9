package org.rejoin.family.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.family.FamilyPage;

/** The family pages' templates, rendered without the app: the words a parent and a pupil read, escaped. */
class FamilyHtmlTests {

    private final FamilyHtml html = new FamilyHtml();

    @Test
    void aParentReadsTheirChildsPlanAndAPupilReadsTheirOwn() {
        String parent = html.render("plan", model(page(false, "Maya")));
        assertThat(parent).contains("Maya&#39;s plan for school", "Step 1: Come in <b>early</b>".replace("<", "&lt;")
                .replace(">", "&gt;"), "Done! Well done.", "Now: step 2, Mornings.", "4½ of 5 days",
                "Give your view before the review", "Maya&#39;s time in school each week");
        String pupil = html.render("plan", model(page(true, "Maya")));
        assertThat(pupil).contains("Your plan for school", "Tell us how it is going", "Your time in school each week")
                .doesNotContain("Maya&#39;s");
    }

    private static Map<String, Object> model(FamilyPage page) {
        return Map.of("page", page, "done", "", "csrfName", "_csrf", "csrfToken", "t");
    }

    private static FamilyPage page(boolean pupil, String name) {
        return new FamilyPage(UUID.randomUUID(), "Sara", pupil, name, true, "Back by half term", List.of(
                new FamilyPage.Step(1, "Come in <b>early</b>", "a quiet place to go", "Done! Well done.", true, false,
                        false),
                new FamilyPage.Step(2, "Mornings", "", "Working on this now", false, true, false)),
                LocalDate.now().plusDays(3), List.of(new FamilyPage.Week(LocalDate.now(), 9, 10)), "Oak School",
                "Ms Champion", "A call on Fridays", false, List.of());
    }
}
