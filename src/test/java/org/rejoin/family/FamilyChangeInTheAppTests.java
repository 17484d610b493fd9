package org.rejoin.family;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.html.Div;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rejoin.ViewTestSupport;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.InboxTask;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A change the family asks for on the family page gives the lead champion a step in the whole app; the step shows
 * the family's own words, and the answer is shown back on the family page.
 */
class FamilyChangeInTheAppTests extends ViewTestSupport {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    FamilyCase cases;
    @Autowired
    FamilyService family;
    @Autowired
    InboxService inbox;

    @Test
    void aChangeAskedForGivesTheLeadChampionAStepShowingTheFamilysWordsWhoseAnswerTheFamilyThenReads() {
        FamilyCase.Made made = cases.make();
        family.inviteContact(made.champion(), made.caseId(), made.mother().id());
        FamilySession mother = family.signIn(FamilyCase.token(FamilyCase.linksTo(made.mother().email()).getFirst()))
                .signedIn().orElseThrow();

        family.askForChange(mother, made.caseId(), "Could she start at 9:30 on Mondays?");
        assertThat(family.page(mother, made.caseId()).changes()).singleElement()
                .satisfies(c -> assertThat(c.answered()).isFalse());

        InboxTask step = await().atMost(WAIT).until(() -> inbox.openStepsOfCase(made.champion(), made.caseId())
                .stream().filter(t -> t.elementId().equals(FamilyChangeProcess.Elements.RESPOND_TO_FAMILY))
                .findFirst(), Optional::isPresent).orElseThrow();
        assertThat(step.assignee()).isEqualTo(made.champion().username());
        assertThat(inbox.task(made.champion(), step.id()).orElseThrow().variables().toString())
                .as("the step's row holds no words of the family's").doesNotContain("9:30");

        signInAs(made.champion().username());
        navigate("tasks/" + step.id());
        List<Div> words = _find(Div.class, spec -> spec.withClasses("family-words"));
        assertThat(words).singleElement().satisfies(d -> assertThat(d.getElement().getTextRecursively())
                .contains("What the family would change", "Sara Family (parent or carer)",
                        "Could she start at 9:30 on Mondays?"));

        inbox.complete(made.champion(), step.id(), Map.of("answerToFamily", "Yes, from next Monday. Come to reception."));

        FamilyPage.Change answered = await().atMost(WAIT).until(() -> family.page(mother, made.caseId()).changes()
                .getFirst(), FamilyPage.Change::answered);
        assertThat(answered.change()).isEqualTo("Could she start at 9:30 on Mondays?");
        assertThat(answered.answer()).isEqualTo("Yes, from next Monday. Come to reception.");
        assertThat(answered.askedBy()).isEqualTo("Sara Family");
    }
}
