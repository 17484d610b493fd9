package org.rejoin.inbox.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.camunda.client.CamundaClient;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoin.ViewTestSupport;
import org.rejoin.base.ui.NotFoundView;
import org.rejoin.inbox.InboxList;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.InboxTask;
import org.rejoin.inbox.TaskFilter;
import org.rejoin.inbox.TaskForms;
import org.rejoin.inbox.TaskState;
import org.rejoin.inbox.form.FormJsForm;
import org.rejoin.inbox.internal.ProcessModels;
import org.rejoin.inbox.internal.TaskReconciler;
import org.rejoin.pupil.PupilService;
import org.rejoin.security.UserAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The four inbox lists, a task page and its actions, browserless, as the demo champion of Northfield. */
class InboxViewTests extends ViewTestSupport {

    private static final String CHAMPION = "champion@northfield.example";

    @Autowired
    java.time.Clock clock;
    @Autowired
    CamundaClient engine;
    @Autowired
    ProcessModels models;
    @Autowired
    InboxService inbox;
    @Autowired
    PupilService pupils;
    @Autowired
    TaskReconciler reconciler;
    @Autowired
    TaskForms forms;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.rejoin.pupil.ConcernTriage triage;

    UserAccount champion;
    UUID pupilId;
    String pupilSurname;

    @BeforeEach
    void deployTheTestProcess() throws Exception {
        try (InputStream in = new ClassPathResource("inbox/inbox-test-steps.bpmn").getInputStream()) {
            models.learn(in);
        }
        engine.newDeployResourceCommand().useGrpc().addResourceFromClasspath("inbox/inbox-test-steps.bpmn").send().join();
        champion = signInAs(CHAMPION);
        var pupil = pupils.pupilsOfMySchool(champion, "", PageRequest.of(0, 1)).getContent().getFirst();
        pupilId = pupil.id();
        pupilSurname = pupil.lastName();
    }

    @Test
    void aNewStepShowsInMyGroupsTasksAndAfterClaimingInMyTasks() {
        UUID taskId = startStep();
        navigate("inbox?list=GROUPS");
        InboxView view = _get(InboxView.class);
        assertThat(view.list()).isEqualTo(InboxList.GROUPS);
        assertThat(rows(view)).extracting(InboxTask::id).contains(taskId);

        inbox.claim(champion, taskId);
        view.listChosen(InboxList.MINE);
        assertThat(rows(view)).extracting(InboxTask::id).contains(taskId);
        assertThat(rows(view)).allSatisfy(t -> assertThat(t.assignee()).isEqualTo(CHAMPION));
    }

    @Test
    void filteringByPupilNarrowsTheListInTheDatabase() {
        UUID taskId = startStep();
        navigate("inbox?list=GROUPS");
        InboxView view = _get(InboxView.class);
        view.filters.pupil.setValue(pupilSurname.substring(0, 3));
        assertThat(rows(view)).extracting(InboxTask::id).contains(taskId);
        assertThat(rows(view)).allSatisfy(t -> assertThat(t.pupilName()).contains(pupilSurname.substring(0, 3)));
        view.filters.pupil.setValue("Nobody-by-this-name");
        assertThat(rows(view)).isEmpty();
    }

    @Test
    void aSavedFilterFollowsTheUserToANewSession() {
        navigate("inbox");
        InboxView view = _get(InboxView.class);
        view.filters.step.setValue("concern");
        view.filters.saveName.setValue("Concerns " + UUID.randomUUID().toString().substring(0, 6));
        view.filters.save();
        String name = view.filters.saveName.isEmpty() ? view.filters.saved.getValue().name() : null;

        UI.getCurrent().navigate("pupils");
        navigate("inbox");
        var fresh = _get(InboxView.class);
        assertThat(inbox.savedFilters(champion)).extracting(f -> f.name()).contains(name);
        fresh.filters.apply(inbox.savedFilters(champion).stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow());
        assertThat(fresh.filters.value()).isEqualTo(new TaskFilter("", "concern", null));
    }

    @Test
    void aTaskPageShowsThePupilTheGuidanceAndItsForm() {
        UUID taskId = startStep();
        navigate("tasks/" + taskId);
        assertThat(_get(H1.class).getText()).isEqualTo("Confirm the attendance concern");
        assertThat(_get(Div.class, spec -> spec.withClasses("task-guidance")).getElement().getTextRecursively())
                .contains("Look at the pattern of absence");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).anyMatch(t -> t.contains(pupilSurname));
        assertThat(_get(FormJsForm.class).getElement().getProperty("schema")).contains("\"id\": \"confirm-concern\"");
    }

    @Test
    void aSubmissionMissingARequiredAnswerIsRefusedAndTheStepStaysOpen() {
        UUID taskId = startStep();
        inbox.claim(champion, taskId);
        navigate("tasks/" + taskId);
        FormJsForm form = _get(FormJsForm.class);

        submitFromBrowser(form, "{\"concernConfirmed\":\"yes\",\"patternNotes\":\"Mondays missed\"}");

        assertThat(form.errorsSent().stream().map(e -> String.valueOf(((java.util.Map<?, ?>) e).get("key"))).toList())
                .containsExactly("leadChampion");
        assertThat(inbox.task(champion, taskId).orElseThrow().state()).isEqualTo(TaskState.OPEN);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(TaskView.class);
    }

    @Test
    void aValidSubmissionCompletesTheStepWithTheFormsValuesOnly() {
        UUID taskId = startStep();
        inbox.claim(champion, taskId);
        navigate("tasks/" + taskId);

        submitFromBrowser(_get(FormJsForm.class), "{\"concernConfirmed\":\"yes\",\"patternNotes\":\"Mondays\","
                + "\"leadChampion\":\"Sam\",\"injected\":\"ignored\"}");

        InboxTask done = inbox.task(champion, taskId).orElseThrow();
        assertThat(done.completedBy()).isEqualTo(CHAMPION);
        long instance = done.processInstanceKey();
        UUID next = jdbc.queryForList("select id from task where process_instance_key = ? and state = 'OPEN'",
                UUID.class, instance).stream().findFirst().orElseThrow(); // there as soon as the page has answered
        assertThat(inbox.task(champion, next).orElseThrow().variables())
                .containsEntry("leadChampion", "Sam").doesNotContainKey("injected");
    }

    @Test
    void afterSubmittingThePageNamesTheNextStepItsHolderAndOpensIt() {
        UUID taskId = startStep();
        inbox.claim(champion, taskId);
        navigate("tasks/" + taskId);

        submitFromBrowser(_get(FormJsForm.class), "{\"concernConfirmed\":\"yes\",\"patternNotes\":\"Mondays\","
                + "\"leadChampion\":\"Sam\"}");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(TaskView.class);
        String notice = _get(NextStepsNotice.class).getElement().getTextRecursively();
        assertThat(notice).contains("Submitted: Confirm the attendance concern")
                .contains("Next: Review the decision").contains("any attendance champion at the school");
        // the menu's count is current without a reload
        var item = _find(SideNavItem.class).stream().filter(i -> "Tasks".equals(i.getLabel())).findFirst().orElseThrow();
        var counts = inbox.counts(champion);
        assertThat(item.getSuffixComponent().getElement().getText()).startsWith(String.valueOf(counts.actionable()));

        _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Open it now")).click();

        assertThat(_get(H1.class).getText()).isEqualTo("Review the decision");
        String caseSoFar = _get(Div.class, spec -> spec.withClasses("case-so-far")).getElement().getTextRecursively();
        String name = champion.displayName();
        assertThat(caseSoFar).contains(name).doesNotContain(CHAMPION)
                .contains("Is there a concern about this pupil's attendance?").contains("Yes, start the journey")
                .contains("What does the pattern show?").contains("Lead champion for this pupil");
        assertThat(caseSoFar.indexOf("Is there a concern")).isLessThan(caseSoFar.indexOf("What does the pattern show?"));
        assertThat(caseSoFar.indexOf("What does the pattern show?")).isLessThan(caseSoFar.indexOf("Lead champion"));
        assertThat(caseSoFar).containsOnlyOnce("Confirm the attendance concern");
    }

    @Test
    void aStepAboutThePatternShowsThePupilsAttendanceAsTheCasePageDoes() {
        UUID taskId = startStep();
        navigate("tasks/" + taskId);
        var facts = triage.factsOf(champion, pupilId, java.time.LocalDate.now(clock)).orElseThrow();
        String shown = _get(Div.class, spec -> spec.withClasses("step-attendance")).getElement().getTextRecursively();
        assertThat(shown).contains("Last 4 weeks")
                .contains(String.format(java.util.Locale.UK, "%.1f%%", facts.attendance4Weeks()));
        _get(org.rejoin.base.ui.AttendanceChart.class);
    }

    @Test
    void anUnclaimedStepIsReadOnlyUntilClaimedToStart() {
        UUID taskId = startStep();
        navigate("tasks/" + taskId);
        assertThat(_get(FormJsForm.class).getElement().getProperty("readOnly", false)).isTrue();
        assertThat(_find(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Submit"))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Save draft"))).isEmpty();

        _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Claim to start")).click();

        assertThat(inbox.task(champion, taskId).orElseThrow().assignee()).isEqualTo(CHAMPION);
        assertThat(_get(FormJsForm.class).getElement().getProperty("readOnly", false)).isFalse();
        _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Submit"));
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(t -> t.contains("Claimed by " + champion.displayName()));
    }

    @Test
    void theTaskListNamesThePupilAndTheHolderAndHasNoInternalCode() {
        UUID taskId = startStep();
        inbox.claim(champion, taskId);
        navigate("inbox?list=MINE");
        InboxView view = _get(InboxView.class);
        assertThat(view.grid.getColumns()).extracting(c -> c.getHeaderText()).doesNotContain("Case")
                .contains("Pupil", "Step", "Due", "Held by");
        InboxTask row = rows(view).stream().filter(t -> t.id().equals(taskId)).findFirst().orElseThrow();
        int rowIndex = rows(view).indexOf(row);
        assertThat(GridKt._getFormattedRow(view.grid, rowIndex)).contains(champion.displayName()).doesNotContain(CHAMPION)
                .anyMatch(cell -> cell.equals(row.pupilName()));
    }

    @Test
    void aChampionLandsOnTheirOwnStepsAboveThoseWaitingForAnyoneInTheirRole() {
        UUID unclaimed = startStep();
        UUID mine = startStep();
        inbox.claim(champion, mine);
        navigate("");
        InboxView view = _get(InboxView.class);
        assertThat(view.list()).isEqualTo(InboxList.WORK);
        List<UUID> ids = rows(view).stream().map(InboxTask::id).toList();
        assertThat(ids).contains(mine);
        List<InboxTask> all = rows(view);
        int lastMine = -1;
        int firstOthers = Integer.MAX_VALUE;
        for (int i = 0; i < all.size(); i++) {
            if (CHAMPION.equals(all.get(i).assignee())) {
                lastMine = i;
            } else {
                firstOthers = Math.min(firstOthers, i);
            }
        }
        assertThat(lastMine).isLessThan(firstOthers);
        assertThat(inbox.list(champion, InboxList.WORK, TaskFilter.NONE, PageRequest.of(0, 2000)).getContent())
                .extracting(InboxTask::id).contains(unclaimed);
    }

    @Test
    void aDraftIsSavedAndComesBackWhenTheTaskIsOpenedAgain() {
        UUID taskId = startStep();
        forms.saveDraft(champion, taskId, java.util.Map.of("patternNotes", "Half-typed note"));
        navigate("tasks/" + taskId);
        assertThat(_get(FormJsForm.class).getElement().getProperty("data")).contains("Half-typed note");
    }

    private static void submitFromBrowser(FormJsForm form, String json) {
        var data = elemental.json.Json.createObject();
        data.put("event.detail.json", json);
        form.getElement().getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .fireEvent(new com.vaadin.flow.dom.DomEvent(form.getElement(), "rejoin-submit", data));
    }

    @Test
    void aTaskTheProcessClosedSaysSoInsteadOfFailing() {
        UUID taskId = startStep();
        long instance = jdbc.queryForObject("select process_instance_key from task where id = ?", Long.class, taskId);
        engine.newCancelInstanceCommand(instance).useGrpc().send().join();
        reconciler.reconcileNow();
        navigate("tasks/" + taskId);
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("This task was closed by the process"));
    }

    @Test
    void anotherSchoolsChampionOpeningTheTaskByUrlIsToldNotFound() {
        UUID taskId = startStep();
        signInAs("champion@southgate.example");
        navigate("tasks/" + taskId);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void theMenuCountsMyOpenTasks() {
        UUID taskId = startStep();
        inbox.claim(champion, taskId);
        navigate("inbox");
        var counts = inbox.counts(champion);
        var item = _find(SideNavItem.class).stream().filter(i -> "Tasks".equals(i.getLabel())).findFirst().orElseThrow();
        assertThat(item.getSuffixComponent().getElement().getText()).startsWith(String.valueOf(counts.actionable()));
        assertThat(item.getSuffixComponent().getElement().getAttribute("aria-label"))
                .startsWith("You can act on " + counts.actionable() + " steps: " + counts.mine() + " assigned to you and "
                        + counts.unclaimedForMyGroups() + " waiting for anyone in your role");
        assertThat(counts.mine()).isPositive();
    }

    private UUID startStep() {
        long instance = engine.newCreateInstanceCommand().useGrpc().bpmnProcessId("inbox-test-steps").latestVersion()
                .variables(Map.of("schoolId", champion.schoolId().toString(), "pupilId", pupilId.toString(),
                        "caseId", UUID.randomUUID().toString(),
                        "championOptions", List.of(Map.of("label", "Sam", "value", "Sam"))))
                .send().join().getProcessInstanceKey();
        return await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "select id from task where process_instance_key = ?", UUID.class, instance).stream().findFirst()
                .orElse(null), id -> id != null);
    }

    private static List<InboxTask> rows(InboxView view) {
        return GridKt._findAll(view.grid);
    }
}
