package org.rejoin.demo;

import java.util.List;
import java.util.Random;
import org.rejoin.security.Role;

/** Names and school roles for made-up people. */
final class DemoPeople {

    record StaffMember(String login, String jobTitle, Role role) {

        boolean safeguardingLead() {
            return "dsl".equals(login);
        }
    }

    static final List<StaffMember> STAFF = List.of(
            new StaffMember("champion", "Attendance champion", Role.ATTENDANCE_CHAMPION),
            new StaffMember("leader", "Deputy headteacher", Role.LEADER),
            new StaffMember("tutor", "Form tutor", Role.SCHOOL_STAFF),
            new StaffMember("head-of-year", "Head of year", Role.SCHOOL_STAFF),
            new StaffMember("senco", "SENCO", Role.SCHOOL_STAFF),
            new StaffMember("dsl", "Designated safeguarding lead", Role.SCHOOL_STAFF),
            new StaffMember("pastoral", "Pastoral lead", Role.SCHOOL_STAFF));

    private static final List<String> FIRST_NAMES = List.of("Amara", "Ben", "Chloe", "Daniel", "Ella", "Finley",
            "Grace", "Harry", "Isla", "Jack", "Kai", "Layla", "Mohammed", "Niamh", "Oliver", "Priya", "Quinn", "Ruby",
            "Samuel", "Tia", "Umar", "Violet", "William", "Yusuf", "Zara", "Aisha", "Callum", "Freya", "Leo", "Maya");
    private static final List<String> SURNAMES = List.of("Ahmed", "Baker", "Clarke", "Davies", "Evans", "Fletcher",
            "Green", "Hughes", "Iqbal", "Jones", "Khan", "Lewis", "Morgan", "Nowak", "Owen", "Patel", "Roberts",
            "Smith", "Taylor", "Walker", "Wright", "Young", "Begum", "Campbell", "Edwards", "Murphy", "Okafor", "Shah");

    private DemoPeople() {
    }

    static String firstName(Random random) {
        return FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
    }

    static String surname(Random random) {
        return SURNAMES.get(random.nextInt(SURNAMES.size()));
    }

    static String name(Random random) {
        return firstName(random) + " " + surname(random);
    }
}
