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

    @Test
    void theFamilyReadsTheSchoolsAnswerUnderTheChangeTheyAskedForAndIsToldOneIsComingUntilThen() {
        FamilyPage base = page(false, "Maya");
        FamilyPage withChanges = new FamilyPage(base.caseId(), base.memberName(), false, "Maya", true, base.goal(),
                base.steps(), base.nextReview(), base.weeks(), base.schoolName(), base.contactName(),
                base.keepingInTouch(), false, List.of(), List.of(
                        new FamilyPage.Change("Sara", "Start at 9:30?", LocalDate.of(2026, 12, 7),
                                "Yes, from <Monday>", LocalDate.of(2026, 12, 8)),
                        new FamilyPage.Change("Maya", "Lunch in the library", LocalDate.of(2026, 12, 8), null, null)));
        String shown = html.render("plan", model(withChanges));
        assertThat(shown).contains("Changes you asked for", "Sara asked on 7 December:", "Start at 9:30?",
                "The school answered on 8 December:", "Yes, from &lt;Monday&gt;", "Maya asked on 8 December:",
                "The school will answer soon.");
        assertThat(html.render("plan", model(base))).doesNotContain("Changes you asked for");
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
