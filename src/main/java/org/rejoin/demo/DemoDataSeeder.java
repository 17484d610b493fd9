package org.rejoin.demo;

import java.time.DayOfWeek;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.rejoin.engine.EngineClock;
import org.rejoin.engine.ResourcesDeployed;
import org.rejoin.journey.ConcernCases;
import org.rejoin.pupil.AttendanceWeek;
import org.rejoin.pupil.NewPupil;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolCalendar;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.pupil.SchoolService;
import org.rejoin.pupil.SenStatus;
import org.rejoin.pupil.Upn;
import org.rejoin.referral.AgencyService;
import org.rejoin.referral.AgencyType;
import org.rejoin.security.NewUser;
import org.rejoin.security.Role;
import org.rejoin.security.SchoolStaff;
import org.rejoin.security.UserAccount;
import org.rejoin.security.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills an empty embedded database with two schools, their staff, one partner per agency and
 * about 300 pupils with this school year's attendance so far. The same seed gives the same data.
 */
@Component
@ConditionalOnProperty(name = "rejoin.mode", havingValue = "embedded", matchIfMissing = true)
class DemoDataSeeder implements ApplicationRunner {

    static final String PASSWORD = "attend-demo-2026";
    static final String LOCAL_AUTHORITY = "Riverside";
    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);
    private static final int PUPILS_PER_SCHOOL = 150;

    private final SchoolService schools;
    private final PupilService pupils;
    private final UserService users;
    private final AgencyService agencies;
    private final Random random = new Random(20260903L);

    private final SchoolStaff staffDirectory;
    private final ConcernCases concernCases;
    private final boolean openCases;
    private final DemoStageRunner stageRunner;
    private final Clock clock;
    private final EngineClock engineClock;
    private final DemoYearOfCasework yearOfCasework;
    private long began;
    private final List<SeededSchool> seededSchools = new java.util.concurrent.CopyOnWriteArrayList<>();

    DemoDataSeeder(SchoolService schools, PupilService pupils, UserService users, AgencyService agencies,
                   SchoolStaff staffDirectory, ConcernCases concernCases,
                   @Value("${rejoin.demo.open-cases:true}") boolean openCases, DemoStageRunner stageRunner,
                   Clock clock, EngineClock engineClock, DemoYearOfCasework yearOfCasework) {
        this.yearOfCasework = yearOfCasework;
        this.clock = clock;
        this.engineClock = engineClock;
        this.stageRunner = stageRunner;
        this.concernCases = concernCases;
        this.openCases = openCases;
        this.staffDirectory = staffDirectory;
        this.schools = schools;
        this.pupils = pupils;
        this.users = users;
        this.agencies = agencies;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (schools.anySchoolExists()) {
            return;
        }
        began = System.nanoTime();
        calendarHolidays();
        UserAccount admin = users.createDemo(new NewUser("admin@rejoin.example", "Alex Admin", "System administrator",
                Role.ADMIN, null, null, PASSWORD));
        seedSchool(admin, "100001", "Northfield Academy", "northfield", "4001");
        seedSchool(admin, "100002", "Southgate High School", "southgate", "4002");
        seedAgencies();
        users.createDemo(NewUser.localAuthorityOfficer("attendance-lead@riverside.example", DemoPeople.name(random),
                "Attendance support lead", LOCAL_AUTHORITY, PASSWORD));
        log.info("Seeded demo data in {} ms", (System.nanoTime() - began) / 1_000_000);
    }

    private void calendarHolidays() {
        DemoCalendar.BANK_HOLIDAYS.forEach(schools::addBankHoliday);
    }

    private void seedSchool(UserAccount admin, String urn, String name, String domain, String establishment) {
        SchoolInfo school = schools.create(urn, name, LOCAL_AUTHORITY);
        DemoCalendar.TERMS.forEach(t -> schools.addTerm(school.id(), t.name(), t.from(), t.to()));
        DemoCalendar.CLOSURES.forEach(c -> schools.addClosure(school.id(), c.from(), c.to(), c.reason()));
        for (DemoPeople.StaffMember staff : DemoPeople.STAFF) {
            UserAccount member = users.createDemo(new NewUser(staff.login() + "@" + domain + ".example",
                    DemoPeople.name(random), staff.jobTitle(), staff.role(), school.id(), null, PASSWORD));
            if (staff.safeguardingLead()) {
                staffDirectory.designateSafeguardingLead(admin, member.id(), true);
            }
        }
        seedPupils(school, domain, establishment);
    }

    /**
     * The day the demo is set on: today. While the history is made the app's clock is behind it, but the attendance
     * is of every week up to today, as the cases opened later will find it.
     */
    private LocalDate demoDay() {
        return LocalDate.ofInstant(Instant.now(clock).minus(engineClock.offset()), clock.getZone());
    }

    private record SeededSchool(SchoolInfo school, String domain, List<UUID> pupilIds, LocalDate lastWeek,
                                List<DemoYearOfCasework.PastCase> pastCases) {
    }

    /**
     * The demo's champions find their cases waiting, as after a real import: once the decision is deployed, each
     * seeded school's pupils are triaged and the concerns open cases (and journeys), the history's first.
     */
    @EventListener(ResourcesDeployed.class)
    public void openCasesForConcerns() {
        if (!openCases) {
            return;
        }
        stageRunner.openAndStageInBackground(seededSchools.stream().map(s -> new DemoCaseOpening(concernCases,
                s.school().id(), s.domain(), s.pupilIds(), s.lastWeek(), s.pastCases())).toList(), began);
        seededSchools.clear();
    }

    private void seedPupils(SchoolInfo school, String domain, String establishment) {
        SchoolCalendar calendar = schools.calendar(school.id());
        LocalDate today = demoDay();
        LocalDate yearStart = schools.schoolYearStart(school.id(), today);
        List<LocalDate> mondays = completedSchoolWeeks(calendar, yearStart, today);
        // last school year too, so Outcomes and the pupil pages have a year of history to compare with
        List<LocalDate> lastYear = completedSchoolWeeks(calendar, yearStart.minusYears(1), yearStart);
        var attendance = new DemoAttendance(random);
        // a generator of its own: this year's marks, and so the demo's cases, stay as they were
        var lastYearsAttendance = new DemoAttendance(new Random(20250903L + establishment.hashCode()));
        List<AttendanceWeek> weeks = new ArrayList<>();
        List<UUID> pupilIds = new ArrayList<>();
        for (int i = 0; i < PUPILS_PER_SCHOOL; i++) {
            int yearGroup = 7 + random.nextInt(5);
            int entryYear = today.getYear() % 100 - (yearGroup - 7);
            String upn = Upn.withCheckLetter("800" + establishment + String.format("%02d%03d", entryYear, i)).value();
            UUID pupil = pupils.register(new NewPupil(school.id(), upn, DemoPeople.firstName(random),
                    DemoPeople.surname(random), LocalDate.of(2026 - yearGroup - 5, 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    yearGroup, sen(), null));
            DemoAttendance.Pattern pattern = attendance.pickPattern();
            if (yearGroup > 7) { // year 7 were at primary school last year
                weeks.addAll(lastYearsAttendance.weeks(pupil, DemoAttendance.lastYear(pattern), lastYear, calendar));
            }
            weeks.addAll(attendance.weeks(pupil, pattern, mondays, calendar));
            pupilIds.add(pupil);
        }
        List<DemoYearOfCasework.PastCase> pastCases = yearOfCasework.clockAllowsAYear()
                ? pupilsWithAPastCase(school.id(), establishment, today, calendar, mondays, lastYear, pupilIds, weeks)
                : List.of();
        pupils.recordAttendance(weeks);
        if (!mondays.isEmpty()) {
            seededSchools.add(new SeededSchool(school, domain, pupilIds, mondays.getLast(), pastCases));
        }
    }

    /**
     * Pupils (years 8 to 11, so last year's attendance is theirs too) whose attendance dropped some time in the last
     * year and came back: the year of casework ({@link DemoYearOfCasework}) gives each a case opened on the day of the
     * drop. A generator of their own, so every other pupil stays as before. Each case opens on the first school day
     * on or after its week.
     */
    private List<DemoYearOfCasework.PastCase> pupilsWithAPastCase(UUID schoolId, String establishment, LocalDate today,
            SchoolCalendar calendar, List<LocalDate> mondays, List<LocalDate> lastYear, List<UUID> pupilIds,
            List<AttendanceWeek> weeks) {
        Random pastRandom = new Random(20251201L + establishment.hashCode());
        var attendance = new DemoAttendance(pastRandom);
        List<LocalDate> bothYears = new ArrayList<>(lastYear);
        bothYears.addAll(mondays);
        List<DemoYearOfCasework.PastCase> pastCases = new ArrayList<>();
        for (int i = 0; i < DemoYearOfCasework.WEEKS_AGO.size(); i++) {
            int yearGroup = 8 + pastRandom.nextInt(4);
            int entryYear = today.getYear() % 100 - (yearGroup - 7);
            String upn = Upn.withCheckLetter("800" + establishment + String.format("%02d%03d", entryYear,
                    PUPILS_PER_SCHOOL + i)).value();
            UUID pupil = pupils.register(new NewPupil(schoolId, upn, DemoPeople.firstName(pastRandom),
                    DemoPeople.surname(pastRandom), LocalDate.of(2026 - yearGroup - 5, 1 + pastRandom.nextInt(12),
                    1 + pastRandom.nextInt(28)), yearGroup, SenStatus.NONE, null));
            LocalDate openedOn = today.minusWeeks(DemoYearOfCasework.WEEKS_AGO.get(i));
            while (!calendar.isSchoolDay(openedOn)) {
                openedOn = openedOn.plusDays(1);
            }
            weeks.addAll(attendance.recovering(pupil, openedOn, bothYears, calendar));
            pupilIds.add(pupil); // last: the history's cases are opened from the first pupils
            pastCases.add(new DemoYearOfCasework.PastCase(pupil, openedOn, DemoYearOfCasework.DAYS_TO_PLAN.get(i)));
        }
        return pastCases;
    }

    /** Mondays of weeks with at least one school day, from the start of the year up to the week before {@code until}. */
    private static List<LocalDate> completedSchoolWeeks(SchoolCalendar calendar, LocalDate yearStart, LocalDate until) {
        LocalDate thisMonday = until.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDate> mondays = new ArrayList<>();
        for (LocalDate monday = yearStart.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
             monday.isBefore(thisMonday); monday = monday.plusWeeks(1)) {
            LocalDate m = monday;
            if (java.util.stream.IntStream.range(0, 5).anyMatch(d -> calendar.isSchoolDay(m.plusDays(d)))) {
                mondays.add(monday);
            }
        }
        return mondays;
    }

    private SenStatus sen() {
        int roll = random.nextInt(100);
        return roll < 82 ? SenStatus.NONE : roll < 96 ? SenStatus.SEN_SUPPORT : SenStatus.EHC_PLAN;
    }

    static String partnerLogin(AgencyType type) {
        return type.name().toLowerCase().replace('_', '-') + "@riverside.example";
    }

    private void seedAgencies() {
        for (AgencyType type : AgencyType.values()) {
            var agency = agencies.create(LOCAL_AUTHORITY + " " + type.label(), type, LOCAL_AUTHORITY);
            String login = partnerLogin(type);
            agencies.setSharedAddress(agency.id(), type.name().toLowerCase().replace('_', '-') + "-duty@riverside.example");
            users.createDemo(new NewUser(login, DemoPeople.name(random), type.label() + " practitioner", Role.PARTNER, null,
                    agency.id(), PASSWORD));
        }
    }
}
