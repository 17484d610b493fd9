package org.rejoin.support.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rejoin.PdfText;
import org.rejoin.support.PlanState;
import org.rejoin.support.PlanStep;
import org.rejoin.support.StepState;
import org.rejoin.support.SupportPlan;

/** The plan letter for parents: what it says, in order, and what it leaves out. */
class PlanLetterTests {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void theLetterGivesTheGoalTheStepsInOrderWhatHelpsAndTheNextReview() throws IOException {
        SupportPlan plan = new SupportPlan(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                PlanState.WORKING_ON_STEPS, "lead@school.example", "key@school.example", Duration.ofDays(14),
                "Full days by Easter", "MOTHER", "A call every Friday", Instant.parse("2026-12-01T10:00:00Z"), null, null,
                List.of(step(0, "A virtual check-in", StepState.ACHIEVED, "QUIET_SPACE"),
                        step(1, "Five mornings a week", StepState.REPLACED),
                        step(2, "Two mornings a week", StepState.CURRENT, "DIFFERENT_ENTRANCE"),
                        step(3, "Full days", StepState.PLANNED)), List.of());

        String text = PdfText.of(PlanLetter.pdf(plan, "Sam Pupil", "Ms Key", NOW));

        assertThat(text).contains("Sam Pupil's plan for coming back to school", "Written 23 November 2026",
                "Full days by Easter", "Ms Key is Sam Pupil's key adult", "mother: A call every Friday",
                "every 14 days", "Next review: 1 Dec 2026");
        assertThat(text).containsSubsequence("1", "A virtual check-in", "a quiet space", "Done",
                "2", "Two mornings a week", "a different entrance", "Working on it now", "3", "Full days", "To come");
        assertThat(text).doesNotContain("Five mornings a week");
    }

    private static PlanStep step(int position, String description, StepState state, String... adjustments) {
        return new PlanStep(position, description, List.of(adjustments), null, state, false,
                state == StepState.PLANNED ? null : LocalDate.of(2026, 11, 2), null);
    }
}
