package org.rejoin.endtoend;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.ObjLongConsumer;
import org.rejoin.TestData;
import org.rejoin.casework.CaseService;
import org.rejoin.casework.CaseState;
import org.rejoin.casework.CaseSummary;
import org.rejoin.inbox.InboxService;
import org.rejoin.inbox.InboxTask;
import org.rejoin.pupil.AttendanceImportService;
import org.rejoin.pupil.NewPupil;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.pupil.SchoolService;
import org.rejoin.pupil.SenStatus;
import org.rejoin.referral.AgencyInfo;
import org.rejoin.referral.AgencyService;
import org.rejoin.referral.AgencyType;
import org.rejoin.security.NewUser;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.rejoin.security.UserService;
import org.springframework.context.ApplicationContext;

/**
 * Takes pupils the whole way through the running app, as its users would: an attendance import opens the
 * case, every human step is found in the right person's inbox and submitted with answers its form accepts.
 * Works on any running Rejoin (the in-app tests' embedded engine, the real broker, the throughput benchmark);
 * {@code stepArrived} hears how long each step took to reach the inbox after the previous one was submitted.
 */
public final class WholeCase {

    public static final Duration WAIT = Duration.ofSeconds(60);
    static final String PASSWORD = "long test password";

    /** A school in a local authority of its own, its people, and the agencies serving it. */
    public record Place(SchoolInfo school, UserAccount champion, UserAccount leader, UserAccount keyAdult,
                        UserAccount tutor, AgencyInfo earlyHelp, UserAccount earlyHelpPartner) {
    }

    private final ApplicationContext app;
    private final InboxService inbox;
    private final CaseService cases;
    private ObjLongConsumer<String> stepArrived = (elementId, nanos) -> { };

    public WholeCase(ApplicationContext app) {
        this.app = app;
        this.inbox = app.getBean(InboxService.class);
        this.cases = app.getBean(CaseService.class);
    }

    /** Hears, for each step waited for, its element id and the nanoseconds until it was in the inbox. */
    public WholeCase timingSteps(ObjLongConsumer<String> stepArrived) {
        this.stepArrived = stepArrived;
        return this;
    }

    public Place place() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        SchoolService schools = app.getBean(SchoolService.class);
        SchoolInfo school = schools.create(TestData.uniqueUrn(),
                "Whole Case School " + tag, "Wholeshire " + tag);
        TestData.addTerms(schools, school.id());
        AgencyService agencies = app.getBean(AgencyService.class);
        AgencyInfo earlyHelp = agencies.create("Wholeshire " + tag + " Early Help", AgencyType.EARLY_HELP,
                school.localAuthority());
        agencies.create("Wholeshire " + tag + " Attendance Improvement", AgencyType.ATTENDANCE_IMPROVEMENT,
                school.localAuthority());
        return new Place(school, staff(school, Role.ATTENDANCE_CHAMPION, "champion", tag),
                staff(school, Role.LEADER, "leader", tag), staff(school, Role.SCHOOL_STAFF, "key-adult", tag),
                staff(school, Role.SCHOOL_STAFF, "tutor", tag), earlyHelp, user(new NewUser(
                "early-help-" + tag + "@test.example", "Early Help " + tag, "Family worker", Role.PARTNER, null,
                earlyHelp.id(), PASSWORD)));
    }

    /** Registers a pupil, imports six weeks of falling attendance and waits for the case that opens. */
    public UUID caseFromImport(Place place) {
        String upn = TestData.randomUpn();
        UUID pupil = app.getBean(PupilService.class).register(new NewPupil(place.school().id(), upn, "Pupil",
                "Whole" + upn.substring(9), LocalDate.of(2012, 5, 1), 9, SenStatus.NONE, null));
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.previous(DayOfWeek.MONDAY)).minusWeeks(1);
        StringBuilder csv = new StringBuilder("UPN,Week starting,Sessions possible,Present,Authorised absence,"
                + "Unauthorised absence,Late\n");
        for (int w = 5; w >= 0; w--) {
            csv.append(upn).append(',').append(monday.minusWeeks(w)).append(",10,6,1,3,0\n");
        }
        var result = app.getBean(AttendanceImportService.class).importCsv(place.champion(),
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "weekly.csv",
                (phase, done, total) -> { });
        if (!result.errors().isEmpty()) {
            throw new IllegalStateException("The import was refused: " + result.errors());
        }
        return await().atMost(WAIT).until(() -> cases.casesOfPupil(place.champion(), pupil).stream()
                .filter(c -> c.state() == CaseState.OPEN).map(CaseSummary::id).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    /** Waits for the step in this person's view of the case and submits it. */
    public InboxTask complete(UserAccount who, UUID caseId, String elementId, Map<String, Object> answers) {
        InboxTask task = awaitStep(who, caseId, elementId);
        inbox.complete(who, task.id(), answers);
        return task;
    }

    public InboxTask awaitStep(UserAccount who, UUID caseId, String elementId) {
        long began = System.nanoTime();
        InboxTask task = await().atMost(WAIT).pollInterval(Duration.ofMillis(10))
                .until(() -> inbox.openStepsOfCase(who, caseId).stream()
                        .filter(t -> t.elementId().equals(elementId)).findFirst(), Optional::isPresent)
                .orElseThrow();
        stepArrived.accept(elementId, System.nanoTime() - began);
        return task;
    }

    public static Map<String, Object> step(String description, String... adjustments) {
        return Map.of("description", description, "adjustments", List.of(adjustments));
    }

    private UserAccount staff(SchoolInfo school, Role role, String who, String tag) {
        return user(new NewUser(who + "-" + tag + "@test.example", "Whole " + who + " " + tag, who, role,
                school.id(), null, PASSWORD));
    }

    private UserAccount user(NewUser user) {
        return app.getBean(UserService.class).create(user);
    }
}
