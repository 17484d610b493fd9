package org.rejoin;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.rejoin.pupil.NewPupil;
import org.rejoin.pupil.PupilService;
import org.rejoin.pupil.SchoolInfo;
import org.rejoin.pupil.SchoolService;
import org.rejoin.pupil.SenStatus;
import org.rejoin.pupil.Upn;
import org.rejoin.security.NewUser;
import org.rejoin.security.Role;
import org.rejoin.security.UserAccount;
import org.rejoin.security.UserService;
import org.springframework.stereotype.Component;

/**
 * Schools, people and pupils of a test's own, so tests sharing the one database never see each other's
 * rows. Schools get terms for this school year and the next, so school-day arithmetic works today.
 */
@Component
public class TestData {

    private static final AtomicInteger NEXT_URN =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(200_000, 700_000));

    public static final String PASSWORD = "long test password";

    private final SchoolService schools;
    private final UserService users;
    private final PupilService pupils;

    TestData(SchoolService schools, UserService users, PupilService pupils) {
        this.schools = schools;
        this.users = users;
        this.pupils = pupils;
    }

    /** A school with a unique URN and name, and terms from September last year to July the year after next. */
    public SchoolInfo school() {
        return school("Testshire");
    }

    /** A school of this local authority; tests of local authority figures give each authority a fresh name. */
    public SchoolInfo school(String localAuthority) {
        String urn = uniqueUrn();
        SchoolInfo school = schools.create(urn, "Test School " + urn + " " + UUID.randomUUID().toString().substring(0, 4),
                localAuthority);
        addTerms(schools, school.id());
        return school;
    }

    /**
     * A URN no other school of this test run has. URNs drawn at random from 900,000 clashed now and then
     * over a run's hundreds of schools (the birthday problem), so they are counted on from a random start.
     */
    public static String uniqueUrn() {
        return String.valueOf(NEXT_URN.getAndIncrement());
    }

    /** A valid UPN, random enough never to meet another test's. */
    public static String randomUpn() {
        String digits = String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        return Upn.withCheckLetter("9" + digits.substring(1)).value();
    }

    /** Terms from September last year to July the year after next, so school-day deadlines can be counted. */
    public static void addTerms(SchoolService schools, UUID schoolId) {
        int year = LocalDate.now().getYear() - 1;
        for (int y = year; y <= year + 2; y++) {
            schools.addTerm(schoolId, "Autumn " + y, LocalDate.of(y, 9, 1), LocalDate.of(y, 12, 19));
            schools.addTerm(schoolId, "Spring " + (y + 1), LocalDate.of(y + 1, 1, 5), LocalDate.of(y + 1, 3, 27));
            schools.addTerm(schoolId, "Summer " + (y + 1), LocalDate.of(y + 1, 4, 13), LocalDate.of(y + 1, 7, 21));
        }
    }

    public UserAccount staff(SchoolInfo school, Role role, String jobTitle) {
        String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return users.create(new NewUser(name + "@test.example", "Test " + name, jobTitle, role, school.id(), null,
                PASSWORD));
    }

    public UserAccount partner(UUID agencyId) {
        String name = "partner-" + UUID.randomUUID().toString().substring(0, 8);
        return users.create(new NewUser(name + "@test.example", "Test " + name, "Practitioner", Role.PARTNER, null,
                agencyId, PASSWORD));
    }

    /** A local authority name no other test uses. */
    public static String newLocalAuthority() {
        return "Authority " + UUID.randomUUID().toString().substring(0, 8);
    }

    public UserAccount localAuthorityOfficer(String localAuthority) {
        String name = "la-" + UUID.randomUUID().toString().substring(0, 8);
        return users.create(NewUser.localAuthorityOfficer(name + "@test.example", "Test " + name,
                "Attendance lead", localAuthority, PASSWORD));
    }

    public UserAccount admin() {
        String name = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        return users.create(new NewUser(name + "@test.example", "Test " + name, null, Role.ADMIN, null, null, PASSWORD));
    }

    /** A year 9 pupil with a valid, unique UPN. */
    public UUID pupil(SchoolInfo school, String surname) {
        return pupils.register(new NewPupil(school.id(), randomUpn(), "Pupil", surname, LocalDate.of(2012, 5, 1), 9,
                SenStatus.NONE, null));
    }
}
