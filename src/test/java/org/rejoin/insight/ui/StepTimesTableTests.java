package org.rejoin.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rejoin.inbox.InboxFigures.StepTime;

/** Step times in words, slowest first, with a sentence when nothing was done. */
class StepTimesTableTests {

    @Test
    void timesReadAsHoursOrDaysAndTheSlowestStepComesFirst() {
        var table = new StepTimesTable("Understanding the barriers", "barrier-understanding", List.of(
                new StepTime("barrier-understanding", "Task_ActOnDrop", "1. Act", 4, 0.5),
                new StepTime("barrier-understanding", "Task_InviteParents", "6. Invite", 3, 60),
                new StepTime("barrier-understanding", "Task_GatherEvidence", "2. Evidence", 2, 1.4),
                new StepTime("stepped-support-plan", "Task_Review", "Review", 9, 300)));

        assertThat(table.getBody().getRows()).extracting(row -> row.getElement().getTextRecursively())
                .containsExactly("6. Invite32.5 days", "2. Evidence21 hour", "1. Act4under an hour");
    }

    @Test
    void aProcessWithNothingDoneSaysSo() {
        var table = new StepTimesTable("Stepped support plan", "stepped-support-plan", List.of());

        assertThat(table.getBody().getRows()).singleElement().extracting(row -> row.getElement().getTextRecursively())
                .isEqualTo("No step of this process was completed in the last 12 months.");
    }
}
