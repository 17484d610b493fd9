package org.rejoin.family;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.Optional;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rejoin.BrowserTestSupport;
import org.rejoin.TestData;
import org.rejoin.casework.CaseService;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.InboxTask;
import org.rejoin.inbox.StepCompleted;
import org.rejoin.notification.Mails;
import org.rejoin.notification.internal.DemoMailServer.DemoMail;
import org.rejoin.pupil.AttendanceWeek;
import org.rejoin.pupil.ContactService;
import org.rejoin.pupil.NewPupil;
import org.rejoin.pupil.PupilContact;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.pupil.SenStatus;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.rejoin.support.PlanStarts;
import org.rejoin.support.SupportPlanProcess;
import org.rejoin.support.SupportPlanProcess.Elements;
import org.rejoin.support.SupportPlanService;
import org.rejoin.support.internal.PlanStore;
import org.rejoin.support.internal.StepStore;
import org.rejoin.support.internal.TaskRecords;
import org.springframework.stereotype.Component;

/**
 * A case of a test's own with an agreed three-step plan (the first achieved, the second current), four weeks of
 * attendance and three contacts: a mother with parental responsibility and an email, a grandparent without
 * parental responsibility, and a father marked "no contact". Recorded without the plan's process.
 * <p>
 * Also a plan made on the app's engine ({@link #planOnTheEngine()}), for the tests where the family's view holds a
 * review back, and the family-page walk in Chromium ({@link #openOnAPhone}, {@link #giveView}).
 */
@Component
public class FamilyCase {

    private static final Pattern LINK = Pattern.compile("(/family/link/[A-Za-z0-9_-]{43})");
    /** How long a step expected on the app's engine may take to come (it is shared by every test of the run). */
    private static final Duration STEP_WAIT = Duration.ofSeconds(60);

    private final TestData data;
    private final CaseService cases;
    private final PupilService pupils;
    private final ContactService contacts;
    private final PlanStore plans;
    private final TaskRecords tasks;
    private final StepStore steps;
    private final SupportPlanService supportPlans;
    private final InboxService inbox;

    FamilyCase(TestData data, CaseService cases, PupilService pupils, ContactService contacts, PlanStore plans,
               TaskRecords tasks, StepStore steps, SupportPlanService supportPlans, InboxService inbox) {
        this.data = data;
        this.cases = cases;
        this.pupils = pupils;
        this.contacts = contacts;
        this.plans = plans;
        this.tasks = tasks;
        this.steps = steps;
        this.supportPlans = supportPlans;
        this.inbox = inbox;
    }

    /** One case and the people around it. */
    public record Made(SchoolInfo school, UserAccount champion, UUID pupilId, UUID caseId, PupilContact mother,
                       PupilContact grandparent, PupilContact father) {
    }

    public Made make() {
        SchoolInfo school = data.school();
        UserAccount champion = data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion");
        UserAccount admin = data.staff(school, Role.SCHOOL_ADMIN, "Data manager");
        UUID pupil = pupils.register(new NewPupil(school.id(), TestData.randomUpn(), "Maya", "Family",
                LocalDate.of(2012, 5, 1), 9, SenStatus.NONE, null));
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        pupils.recordAttendance(List.of(
                new AttendanceWeek(pupil, monday.minusWeeks(4), 10, 4, 0, 6, 0, null),
                new AttendanceWeek(pupil, monday.minusWeeks(3), 10, 6, 0, 4, 0, null),
                new AttendanceWeek(pupil, monday.minusWeeks(2), 10, 9, 1, 0, 0, null),
                new AttendanceWeek(pupil, monday.minusWeeks(1), 10, 10, 0, 0, 0, null)));
        UUID caseId = cases.openByHand(champion, pupil, "Hardly in since October");
        plans.createIfNone(caseId, school.id(), pupil, champion.username(), champion.username(), Duration.ofDays(14));
        tasks.stepsAgreed(new StepCompleted(UUID.randomUUID(), caseId, SupportPlanProcess.PROCESS_ID,
                SupportPlanProcess.Elements.AGREE_GOALS_AND_STEPS, "Agree", champion.username(), Instant.now(),
                Map.of("overallGoal", "Back in school every morning by half term",
                        "steps", List.of(
                                Map.of("description", "Come in for period 1 on Mondays", "adjustments",
                                        List.of("QUIET_SPACE")),
                                Map.of("description", "Mornings every day", "adjustments",
                                        List.of("DIFFERENT_ENTRANCE", "OTHER"), "otherAdjustment",
                                        "Lunch in the library"),
                                Map.of("description", "Full days", "adjustments", List.of())),
                        "parentContact", "MOTHER", "contactArrangements", "A phone call every Friday")));
        steps.achieve(caseId, 0, LocalDate.now());
        String tag = UUID.randomUUID().toString().substring(0, 8);
        PupilContact mother = contacts.save(admin, school.id(), new PupilContact(null, pupil, "Sara Family", "Mother",
                true, 1, "sara-" + tag + "@family.example", null, null, false));
        PupilContact grandparent = contacts.save(admin, school.id(), new PupilContact(null, pupil, "Gran Family",
                "Grandparent", false, 2, "gran-" + tag + "@family.example", null, null, false));
        PupilContact father = contacts.save(admin, school.id(), new PupilContact(null, pupil, "Tom Family", "Father",
                true, 3, "tom-" + tag + "@family.example", null, null, true));
        return new Made(school, champion, pupil, caseId, mother, grandparent, father);
    }

    /** A plan on the app's engine, its views gathered, and the pupil's mother, not yet invited. */
    public record PlanOnTheEngine(SchoolInfo school, UserAccount champion, UUID pupilId, UUID caseId,
                                  PupilContact mother) {
    }

    /**
     * A plan started on the app's engine with reviews falling due a second after its steps are agreed (the app's
     * engine is never time-travelled), its views gathered, and a mother with parental responsibility and an email.
     * The family is invited next, then {@link #agreeSteps} lets the first review fall due.
     */
    public PlanOnTheEngine planOnTheEngine() {
        SchoolInfo school = data.school();
        UserAccount champion = data.staff(school, Role.ATTENDANCE_CHAMPION, "Attendance champion");
        UserAccount admin = data.staff(school, Role.SCHOOL_ADMIN, "Data manager");
        UUID pupil = data.pupil(school, "Voiced");
        UUID caseId = cases.openByHand(champion, pupil, "Anxious about the corridors");
        PlanStarts.start(supportPlans, caseId, pupil, school.id(), champion.username(), champion.username(),
                Duration.ofSeconds(1));
        PupilContact mother = contacts.save(admin, school.id(), new PupilContact(null, pupil, "Sara Mother", "Mother",
                true, 1, "sara-" + UUID.randomUUID().toString().substring(0, 8) + "@family.example", null, null,
                false));
        PlanOnTheEngine plan = new PlanOnTheEngine(school, champion, pupil, caseId, mother);
        complete(plan, Elements.GATHER_VIEWS, Map.of("pupilVoice", "I like art", "parentsViewNow", "Mornings are hard"));
        return plan;
    }

    /** The champion agrees two steps with the mother as the family's contact; the first review falls due. */
    public void agreeSteps(PlanOnTheEngine plan) {
        complete(plan, Elements.AGREE_GOALS_AND_STEPS, Map.of("overallGoal", "Full days by Easter",
                "steps", List.of(Map.of("description", "Mondays", "adjustments", List.of("QUIET_SPACE")),
                        Map.of("description", "Every morning", "adjustments", List.of())),
                "parentContact", "MOTHER", "contactArrangements", "A call every Friday"));
    }

    /** The plan's open step at this element, once the engine has offered it. */
    public InboxTask awaitStep(PlanOnTheEngine plan, String elementId) {
        return Awaitility.await().atMost(STEP_WAIT).until(() -> inbox.openStepsOfCase(plan.champion(), plan.caseId())
                .stream().filter(t -> t.elementId().equals(elementId)).findFirst(), Optional::isPresent).orElseThrow();
    }

    private void complete(PlanOnTheEngine plan, String elementId, Map<String, Object> answers) {
        inbox.complete(plan.champion(), awaitStep(plan, elementId).id(), answers);
    }

    /**
     * The family-page walk in Chromium, as a parent on a phone (390 px wide), signed in as nobody: the emailed link
     * opened and the page behind it shown (down to the plan's goal).
     */
    public static void openOnAPhone(BrowserTestSupport test, String link) {
        test.browser().manage().deleteAllCookies();
        test.browser().manage().window().setSize(new Dimension(390, 844));
        test.browser().get(test.url(link.substring(1)));
        test.click(By.id("open-page"));
        test.waitFor(By.id("goal"));
    }

    /** On the open family page: how the last step went and what helps, sent; the page thanks them. */
    public static void giveView(BrowserTestSupport test, String lastStep, String helps) {
        test.click(By.id("give-view"));
        test.waitFor(By.id("lastStep")).sendKeys(lastStep);
        test.browser().findElement(By.id("helps")).sendKeys(helps);
        test.click(By.id("send-view"));
        test.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".done"),
                "Your view will be read at the review"));
    }

    /** The one-time link paths emailed to this address so far, oldest first. */
    public static List<String> linksTo(String email) {
        return Mails.to(email).stream().map(FamilyCase::link).toList();
    }

    public static String link(DemoMail mail) {
        Matcher m = LINK.matcher(mail.text());
        if (!m.find()) {
            throw new AssertionError("No family link in: " + mail.text());
        }
        return m.group(1);
    }

    public static String token(String linkPath) {
        return linkPath.substring("/family/link/".length());
    }
}
