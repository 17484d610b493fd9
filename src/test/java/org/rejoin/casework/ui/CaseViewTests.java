package org.rejoin.casework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.TestData;
import org.rejoin.base.ui.NotFoundView;
import org.rejoin.ViewTestSupport;
import org.rejoin.casework.CaseService;
import org.rejoin.casework.Chronology;
import org.rejoin.casework.ChronologyAndDocumentsTestFiles;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.InboxTask;
import org.rejoin.journey.JourneyProcess;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The case page and opening a case, browserless, as the school's own and another school's champion. */
class CaseViewTests extends ViewTestSupport {

    @Autowired
    TestData data;
    @Autowired
    CaseService cases;
    @Autowired
    InboxService inbox;
    @Autowired
    Chronology chronology;

    SchoolInfo school;
    UserAccount champion;
    UUID pupil;

    @BeforeEach
    void aSchool() {
        school = data.school();
        champion = data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion");
        pupil = data.pupil(school, "Viewcase");
    }

    @Test
    void aChampionOpensACaseByHandAndLandsOnItsPage() {
        signInAs(champion.username());
        navigate("cases/new?pupil=" + pupil);
        OpenCaseView form = _get(OpenCaseView.class);
        assertThat(form.pupil.getValue().id()).isEqualTo(pupil);

        form.reason.setValue("Mum says he is anxious about PE");
        form.submit();

        assertThat(currentView()).isEqualTo(CaseView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Pupil Viewcase");
        CaseView page = _get(CaseView.class);
        assertThat(page.story.entries.getChildren().count()).isEqualTo(1L);
        assertThat(_get(page.story, H3.class).getText()).isEqualTo("Case opened: opened by hand");
    }

    @Test
    void openingWithoutAReasonKeepsThePupilAndSaysWhatIsMissing() {
        signInAs(champion.username());
        navigate("cases/new?pupil=" + pupil);
        OpenCaseView form = _get(OpenCaseView.class);

        form.submit();

        assertThat(currentView()).isEqualTo(OpenCaseView.class);
        assertThat(form.reason.isInvalid()).isTrue();
        assertThat(form.reason.getErrorMessage()).isEqualTo("Say why you are opening a case");
        assertThat(form.pupil.getValue().id()).isEqualTo(pupil);
    }

    @Test
    void aNoteIsAddedAndAnEmptyOneKeepsItsHeadingAndSaysWhy() {
        UUID caseId = cases.openByHand(champion, pupil, "Lates rising");
        signInAs(champion.username());
        navigate("cases/" + caseId);
        CaseView page = _get(CaseView.class);

        page.addToRecord.title.setValue("Call with tutor");
        page.addToRecord.save();
        assertThat(page.addToRecord.text.isInvalid()).isTrue();
        assertThat(page.addToRecord.text.getErrorMessage()).isEqualTo("Write what happened");
        assertThat(page.addToRecord.title.getValue()).isEqualTo("Call with tutor");

        page.addToRecord.text.setValue("Tutor says mornings are hard since the move");
        page.addToRecord.save();
        assertThat(page.addToRecord.saved.getText()).isEqualTo("Added to the chronology.");
        assertThat(page.story.entries.getChildren().count()).isEqualTo(2L);
    }

    @Test
    void aDocumentIsAttachedAndListed() {
        UUID caseId = cases.openByHand(champion, pupil, "Medical letter expected");
        signInAs(champion.username());
        navigate("cases/" + caseId);
        CaseView page = _get(CaseView.class);

        page.files.attach("letter.pdf", ChronologyAndDocumentsTestFiles.PDF);
        page.files.attach("virus.pdf", new byte[] {'M', 'Z', 0, 0, 0, 0});

        assertThat(GridKt._size(page.files.grid)).isEqualTo(1);
        assertThat(page.files.problem.getText()).contains("virus.pdf is not a PDF, image or office document");
    }

    @Test
    void anotherSchoolsChampionGetsNotFoundByUrl() {
        UUID caseId = cases.openByHand(champion, pupil, "Fridays missed");
        UserAccount other = data.staff(data.school(), Role.ATTENDANCE_CHAMPION, null);
        signInAs(other.username());

        navigate("cases/" + caseId);

        assertThat(currentView()).isEqualTo(NotFoundView.class);
    }

    @Test
    void theStepInHandIsWithItsHolderByNameEvenWhenTheyAreNotOnTheTeam() {
        UUID caseId = cases.openByHand(champion, pupil, "Mondays missed");
        UserAccount colleague = data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion");
        inbox.claim(colleague, firstStep(caseId).id());
        signInAs(champion.username());

        navigate("cases/" + caseId);

        String now = _get(CaseView.class).now.getElement().getTextRecursively();
        assertThat(now).contains("with " + colleague.displayName()).doesNotContain(colleague.username());
    }

    @Test
    void theChronologyNamesThePeopleAStepChoseNotTheirAccounts() {
        UUID caseId = cases.openByHand(champion, pupil, "Fridays missed");
        UserAccount lead = data.staff(school, Role.ATTENDANCE_CHAMPION, "Head of Year 9");
        inbox.complete(champion, firstStep(caseId).id(), Map.of("concernConfirmed", "yes",
                "patternNotes", "Fridays since half term", "leadChampion", lead.username()));
        await().atMost(Duration.ofSeconds(30)).until(() -> chronology.entries(champion, caseId, Set.of(),
                PageRequest.of(0, 10)).getTotalElements() >= 2); // the step is recorded after its transaction
        signInAs(champion.username());
        navigate("cases/" + caseId);

        String story = _get(CaseView.class).story.entries.getElement().getTextRecursively();
        assertThat(story).contains(lead.displayName(), champion.displayName())
                .doesNotContain(lead.username(), champion.username());
    }

    private InboxTask firstStep(UUID caseId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> inbox.openStepsOfCase(champion, caseId).stream()
                .filter(t -> t.elementId().equals(JourneyProcess.Elements.ACT_ON_DROP)).findFirst(),
                Optional::isPresent).orElseThrow();
    }
}
